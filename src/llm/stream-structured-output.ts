import { createArrayElementStreamParser } from '../core/parsing/create-array-element-stream-parser.js';
import { streamCompletion, type CompletionContext } from './stream-completion.js';
import type {
  StructuredOutputEnd,
  StructuredOutputEvent,
  StructuredOutputRequest,
} from './structured-output-request.js';

/**
 * Runs one structured, streamed model call (see streamCompletion) and yields its events, with the
 * reply's text turned into `element` events: each element of `request.elementPath` as soon as its
 * JSON value is complete in the stream (not validated: the caller decides what it means). Returns
 * the whole text and finish reason; failures are thrown as streamCompletion throws them.
 */
export async function* streamStructuredOutput(
  context: CompletionContext,
  request: StructuredOutputRequest,
  options: { signal: AbortSignal },
): AsyncGenerator<StructuredOutputEvent, StructuredOutputEnd> {
  const parser = createArrayElementStreamParser({ arrayKey: request.elementPath });
  const completion = streamCompletion(context, request, options);
  let nextIndex = 0;
  try {
    for (;;) {
      const next = await completion.next();
      if (next.done) return next.value;
      const event = next.value;
      if (event.type !== 'delta') {
        yield event;
        continue;
      }
      for (const value of parser.push(event.text)) {
        yield { type: 'element', index: nextIndex, value };
        nextIndex += 1;
      }
    }
  } finally {
    // A reader that stops early stops the upstream call too.
    await completion.return(undefined as never);
  }
}
