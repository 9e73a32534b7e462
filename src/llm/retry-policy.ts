import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import { AppError } from '../core/errors.js';
import type { RetryCode, RetryNotice } from '../core/schemas/model-stream.js';
import { isQuotaError } from './map-openai-error.js';
import { readRetryAfterMs } from './read-retry-after.js';

/** The one retry policy of every model call: how often, how long, and what is worth retrying. */
export type RetryPolicy = {
  /** Attempts in all, the first included. */
  maxAttempts: number;
  /** No retry starts later than this after the call began. */
  maxTotalMs: number;
  /** Jitter source in [0, 1). */
  random: () => number;
};

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 3, maxTotalMs: 30_000, random: Math.random };

const BASE_DELAY_MS = 500;
const MAX_BACKOFF_MS = 8_000;

/**
 * Whether a failed attempt may succeed when sent again: rate limits (not quota), 5xx, errors the
 * server sent inside the stream, and dropped connections. Never 401/403, quota or another 4xx;
 * never a timeout (the user already waited the whole timeout) or a cancel.
 */
export function isRetryableUpstreamError(error: unknown): boolean {
  if (error instanceof APIUserAbortError || error instanceof APIConnectionTimeoutError) return false;
  if (error instanceof AppError) return false;
  if (error instanceof APIConnectionError) return true;
  if (error instanceof APIError) {
    if (isQuotaError(error)) return false;
    if (error.status === undefined) return error.type !== 'invalid_request_error';
    return error.status === 429 || error.status >= 500;
  }
  // fetch reports a connection cut while reading the body as a TypeError ("terminated").
  return error instanceof TypeError;
}

/** Exponential backoff with jitter: about 0.5 s, 1 s, 2 s ... capped at 8 s, up to 25 % shorter. */
export function backoffDelayMs(retryNumber: number, random: () => number = Math.random): number {
  const delay = Math.min(MAX_BACKOFF_MS, BASE_DELAY_MS * 2 ** (retryNumber - 1));
  return Math.round(delay * (1 - 0.25 * random()));
}

/**
 * How long to wait before attempt `attempt + 1` after `error`, or null to give up: the error is
 * not retryable, the attempts are used up, or the wait (the server's retry-after, else backoff)
 * would end after `deadline` (a Date.now() value).
 */
export function retryDelayMs(error: unknown, attempt: number, deadline: number, policy: RetryPolicy): number | null {
  if (attempt >= policy.maxAttempts || !isRetryableUpstreamError(error)) return null;
  const delayMs = readRetryAfterMs(error) ?? backoffDelayMs(attempt, policy.random);
  return Date.now() + delayMs > deadline ? null : delayMs;
}

function retryCodeOf(error: unknown): RetryCode {
  const rateLimited = error instanceof APIError && (error.status === 429 || error.code === 'rate_limit_exceeded');
  return rateLimited ? 'upstream_rate_limited' : 'upstream_unavailable';
}

/** What the user is told while the call waits `delayMs` before attempt `nextAttempt`. */
export function retryNoticeFor(error: unknown, nextAttempt: number, delayMs: number, policy: RetryPolicy): RetryNotice {
  const code = retryCodeOf(error);
  const delaySeconds = Math.ceil(delayMs / 1000);
  const reason =
    code === 'upstream_rate_limited'
      ? 'The AI service is rate-limiting requests'
      : 'The AI service had a temporary problem';
  return {
    attempt: nextAttempt,
    delaySeconds,
    code,
    message: `${reason}. Trying again in ${delaySeconds} s (attempt ${nextAttempt} of ${policy.maxAttempts}).`,
  };
}

/** Waits `milliseconds`; an abort of `signal` ends the wait at once with AppError('cancelled'). */
export function waitBeforeRetry(milliseconds: number, signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.reject(new AppError('cancelled'));
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(new AppError('cancelled'));
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, milliseconds);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
