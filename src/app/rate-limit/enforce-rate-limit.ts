import { AppError } from '../../core/errors.js';
import type { Owner, RateLimitStore } from '../ports.js';

export const ONE_HOUR_MS = 60 * 60 * 1000;

/**
 * Counts one use of `bucket` for the owner in the hourly sliding window, or throws
 * AppError('rate_limited') with when the next slot frees. Every front end goes through here.
 */
export async function enforceRateLimit(
  store: RateLimitStore,
  owner: Owner,
  options: { bucket: string; limitPerHour: number; what: string },
): Promise<void> {
  const hit = await store.hit(owner, { bucket: options.bucket, windowMs: ONE_HOUR_MS, limit: options.limitPerHour });
  if (hit.allowed) return;
  const retryAfterSeconds = Math.max(1, Math.ceil((hit.resetAt - Date.now()) / 1000));
  const minutes = Math.ceil(retryAfterSeconds / 60);
  throw new AppError('rate_limited', {
    message: `You have used all ${options.limitPerHour} ${options.what} allowed per hour. The next one frees up in about ${minutes} minute${minutes === 1 ? '' : 's'}.`,
    retryAfterSeconds,
  });
}
