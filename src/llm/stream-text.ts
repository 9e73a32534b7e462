import { streamCompletion, type CompletionContext } from './stream-completion.js';
import type { TextEnd, TextEvent, TextRequest } from './text-request.js';

/**
 * Runs one plain-text, streamed model call (no response format) and yields its events as they
 * come (see streamCompletion): `delta` for each piece of the text. Returns the whole text and
 * finish reason; failures are thrown as AppError after the events, with `usage` when billed.
 */
export async function* streamText(
  context: CompletionContext,
  request: TextRequest,
  options: { signal: AbortSignal },
): AsyncGenerator<TextEvent, TextEnd> {
  const { text, finishReason } = yield* streamCompletion(context, request, options);
  return { text, finishReason };
}
