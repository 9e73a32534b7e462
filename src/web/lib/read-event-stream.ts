import {
  GenerationEventDataSchemas,
  type GenerationEvent,
  type GenerationEventName,
} from '../../core/schemas/generation-event.js';
import { ApiError } from './api-error.js';
import { createServerSentEventParser, type RawServerSentEvent } from './server-sent-event-parser.js';

function isGenerationEventName(name: string): name is GenerationEventName {
  return Object.hasOwn(GenerationEventDataSchemas, name);
}

function unreadableEvent(name: string): ApiError {
  return new ApiError({
    code: 'internal',
    message: `The server sent a "${name}" event the app could not read. Reload the page and try again.`,
  });
}

/** Validates one raw event; unknown event names return null (ignored, for forward compatibility). */
export function toGenerationEvent(raw: RawServerSentEvent): GenerationEvent | null {
  if (!isGenerationEventName(raw.event)) return null;
  let json: unknown;
  try {
    json = JSON.parse(raw.data);
  } catch {
    throw unreadableEvent(raw.event);
  }
  const parsed = GenerationEventDataSchemas[raw.event].safeParse(json);
  if (!parsed.success) throw unreadableEvent(raw.event);
  return { event: raw.event, data: parsed.data } as GenerationEvent;
}

/**
 * Reads the Server-Sent Events of a fetch response body (EventSource cannot POST) as validated
 * generation events. Cancel by aborting the fetch's AbortController: the pending read rejects
 * with an AbortError. Leaving the loop early cancels the body.
 */
export async function* readEventStream(body: ReadableStream<Uint8Array>): AsyncGenerator<GenerationEvent> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const parser = createServerSentEventParser();
  let finished = false;
  try {
    while (true) {
      const { done, value } = await reader.read();
      const text = done ? decoder.decode() : decoder.decode(value, { stream: true });
      for (const raw of parser.push(text)) {
        const event = toGenerationEvent(raw);
        if (event) yield event;
      }
      if (done) {
        parser.end();
        finished = true;
        return;
      }
    }
  } finally {
    if (!finished) await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
}
