import rateLimit, { type FastifyRateLimitStore } from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../../core/errors.js';
import type { RateLimitStore } from '../../store/rate-limit-store.js';

export const ONE_HOUR_MS = 60 * 60 * 1000;

/**
 * Adapts the SQLite-backed sliding window to @fastify/rate-limit's store interface, so the
 * hourly generation limit survives a restart.
 */
function persistentStoreClass(store: RateLimitStore) {
  return class PersistentRateLimitStore implements FastifyRateLimitStore {
    incr(
      key: string,
      callback: (error: Error | null, result?: { current: number; ttl: number }) => void,
      timeWindow: number,
      max: number,
    ): void {
      store.hit(key, { windowMs: timeWindow, limit: max }).then(
        (hit) => {
          const ttl = Math.max(0, hit.resetAt - Date.now());
          callback(null, { current: hit.allowed ? hit.count : max + 1, ttl });
        },
        (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
      );
    }
    child(): FastifyRateLimitStore {
      return this;
    }
  };
}

/** Registers the rate limiter; routes opt in with `config.rateLimit`. */
export async function registerRateLimit(app: FastifyInstance, store: RateLimitStore): Promise<void> {
  await app.register(rateLimit, {
    global: false,
    store: persistentStoreClass(store),
    errorResponseBuilder: (_request, context) => {
      const retryAfterSeconds = Math.max(1, Math.ceil(context.ttl / 1000));
      const minutes = Math.ceil(retryAfterSeconds / 60);
      return new AppError('rate_limited', {
        message: `You have used all ${context.max} generations allowed per hour. The next one frees up in about ${minutes} minute${minutes === 1 ? '' : 's'}.`,
        retryAfterSeconds,
      });
    },
  });
}
