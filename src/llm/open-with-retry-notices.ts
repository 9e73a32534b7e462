import type { GenerationRequest } from '../core/schemas/generation-request.js';
import type { LlmEvent, RetryCode } from './llm-event.js';
import { mapOpenAIError } from './map-openai-error.js';
import { openCompletionStream, type OpenedStream, type OpenStreamContext } from './open-completion-stream.js';

type RetryEvent = Extract<LlmEvent, { type: 'retry' }>;

function retryEvent(error: unknown, nextAttempt: number, delayMs: number, maxAttempts: number): RetryEvent {
  const code: RetryCode = mapOpenAIError(error).code === 'upstream_rate_limited' ? 'upstream_rate_limited' : 'upstream_unavailable';
  const delaySeconds = Math.ceil(delayMs / 1000);
  const reason =
    code === 'upstream_rate_limited' ? 'The AI service is rate-limiting requests' : 'The AI service had a temporary problem';
  return {
    type: 'retry',
    attempt: nextAttempt,
    delaySeconds,
    code,
    message: `${reason}. Trying again in ${delaySeconds} s (attempt ${nextAttempt} of ${maxAttempts}).`,
  };
}

/**
 * Opens the completion stream like openCompletionStream, yielding a `retry` event before each
 * wait for another attempt so the user knows why nothing arrives yet; returns the opened stream.
 */
export async function* openWithRetryNotices(
  context: OpenStreamContext,
  request: GenerationRequest,
  model: string,
): AsyncGenerator<RetryEvent, OpenedStream> {
  const notices: RetryEvent[] = [];
  let wake: (() => void) | null = null;
  let settled = false;
  // Aborted when the caller stops listening before the stream is open, so nothing is left running.
  const abandoned = new AbortController();
  const stopOnCallerAbort = () => abandoned.abort();
  context.signal.addEventListener('abort', stopOnCallerAbort, { once: true });
  const opening = openCompletionStream(
    {
      ...context,
      signal: abandoned.signal,
      onRetry: ({ error, nextAttempt, delayMs }) => {
        notices.push(retryEvent(error, nextAttempt, delayMs, context.maxAttempts));
        wake?.();
      },
    },
    request,
    model,
  );
  opening
    .then(
      () => undefined,
      () => undefined,
    )
    .finally(() => {
      settled = true;
      wake?.();
    });
  try {
    while (!settled) {
      const notice = notices.shift();
      if (notice) {
        yield notice;
        continue;
      }
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
      wake = null;
    }
    return await opening;
  } finally {
    // The caller's abort stays linked: the opened stream listens to `abandoned` from here on.
    if (!settled) {
      abandoned.abort();
      opening.then((opened) => opened.abort(), () => undefined);
    }
  }
}
