import { AppError } from '../core/errors.js';

export type RetryOptions = {
  /** Attempts in all, the first included. */
  maxAttempts: number;
  /** Time after which no new attempt starts, as a Date.now() value. */
  deadline: number;
  signal: AbortSignal;
  isRetryable: (error: unknown) => boolean;
  /** The wait the server asked for, in ms, or null. */
  retryAfterMs: (error: unknown) => number | null;
  onRetry?: (details: { error: unknown; attempt: number; delayMs: number }) => void;
  /** Jitter source in [0, 1); Math.random by default. */
  random?: () => number;
};

const BASE_DELAY_MS = 500;
const MAX_BACKOFF_MS = 8_000;

/** Exponential backoff with jitter: about 0.5 s, 1 s, 2 s ... capped at 8 s, up to 25 % shorter. */
export function backoffDelayMs(retryNumber: number, random: () => number = Math.random): number {
  const delay = Math.min(MAX_BACKOFF_MS, BASE_DELAY_MS * 2 ** (retryNumber - 1));
  return Math.round(delay * (1 - 0.25 * random()));
}

function sleep(milliseconds: number, signal: AbortSignal): Promise<void> {
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

/**
 * Runs `operation` until it succeeds, the error is not retryable, the attempts are used up, or the
 * next wait (the server's retry-after, else backoff) would pass the deadline; then rethrows the
 * last error as is. A wait is cut short by `signal` with AppError('cancelled').
 */
export async function retryWithBackoff<T>(
  operation: (attempt: number) => Promise<T>,
  options: RetryOptions,
): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await operation(attempt);
    } catch (error) {
      if (options.signal.aborted) throw new AppError('cancelled', { cause: error });
      if (attempt >= options.maxAttempts || !options.isRetryable(error)) throw error;
      const delayMs = options.retryAfterMs(error) ?? backoffDelayMs(attempt, options.random);
      if (Date.now() + delayMs > options.deadline) throw error;
      options.onRetry?.({ error, attempt, delayMs });
      await sleep(delayMs, options.signal);
    }
  }
}
