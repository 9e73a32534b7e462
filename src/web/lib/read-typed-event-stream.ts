import type { z } from 'zod';
import { ApiError } from './api-error.js';
import { createServerSentEventParser, type RawServerSentEvent } from './server-sent-event-parser.js';

/** A table of event name -> schema of its data, like GenerationEventDataSchemas. */
export type EventSchemas = Record<string, z.ZodType>;

/** The union of `{event, data}` one schema table describes. */
export type TypedEvent<Schemas extends EventSchemas> = {
  [Name in keyof Schemas & string]: { event: Name; data: z.infer<Schemas[Name]> };
}[keyof Schemas & string];

function unreadableEvent(name: string): ApiError {
  return new ApiError({
    code: 'internal',
    message: `The server sent a "${name}" event the app could not read. Reload the page and try again.`,
  });
}

/** Validates one raw event; unknown event names return null (ignored, for forward compatibility). */
export function toTypedEvent<Schemas extends EventSchemas>(
  raw: RawServerSentEvent,
  schemas: Schemas,
): TypedEvent<Schemas> | null {
  if (!Object.hasOwn(schemas, raw.event)) return null;
  let json: unknown;
  try {
    json = JSON.parse(raw.data);
  } catch {
    throw unreadableEvent(raw.event);
  }
  const parsed = schemas[raw.event]!.safeParse(json);
  if (!parsed.success) throw unreadableEvent(raw.event);
  return { event: raw.event, data: parsed.data } as TypedEvent<Schemas>;
}

/**
 * Reads the Server-Sent Events of a fetch response body (EventSource cannot POST), each validated
 * with its schema. Cancel by aborting the fetch's AbortController: the pending read rejects with
 * an AbortError. Leaving the loop early cancels the body.
 */
export async function* readTypedEventStream<Schemas extends EventSchemas>(
  body: ReadableStream<Uint8Array>,
  schemas: Schemas,
): AsyncGenerator<TypedEvent<Schemas>> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const parser = createServerSentEventParser();
  let finished = false;
  try {
    while (true) {
      const { done, value } = await reader.read();
      const text = done ? decoder.decode() : decoder.decode(value, { stream: true });
      for (const raw of parser.push(text)) {
        const event = toTypedEvent(raw, schemas);
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
