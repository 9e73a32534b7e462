import { GenerationEventDataSchemas, type GenerationEvent } from '../../core/schemas/generation-event.js';
import type { RawServerSentEvent } from './server-sent-event-parser.js';
import { readTypedEventStream, toTypedEvent } from './read-typed-event-stream.js';

/** Validates one raw generation event; unknown event names return null (ignored, for forward compatibility). */
export function toGenerationEvent(raw: RawServerSentEvent): GenerationEvent | null {
  return toTypedEvent(raw, GenerationEventDataSchemas);
}

/** Reads the Server-Sent Events of POST /api/generations as validated generation events (see readTypedEventStream). */
export function readEventStream(body: ReadableStream<Uint8Array>): AsyncGenerator<GenerationEvent> {
  return readTypedEventStream(body, GenerationEventDataSchemas);
}
