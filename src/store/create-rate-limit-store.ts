import type { Database } from 'better-sqlite3';
import type { RateLimitHitOptions, RateLimitResult, RateLimitStore } from './rate-limit-store.js';

/** A RateLimitStore on an open database from openDatabase(). */
export function createRateLimitStore(db: Database): RateLimitStore {
  // Per key: another key may use a longer window.
  const pruneBefore = db.prepare('DELETE FROM rate_limit_hits WHERE key = ? AND hit_at <= ?');
  const countSince = db.prepare('SELECT count(*) FROM rate_limit_hits WHERE key = ? AND hit_at > ?').pluck();
  const oldestSince = db
    .prepare('SELECT min(hit_at) FROM rate_limit_hits WHERE key = ? AND hit_at > ?')
    .pluck();
  const insert = db.prepare('INSERT INTO rate_limit_hits (key, hit_at) VALUES (?, ?)');
  const removeKey = db.prepare('DELETE FROM rate_limit_hits WHERE key = ?');
  const removeAll = db.prepare('DELETE FROM rate_limit_hits');

  // One write transaction, so two processes (or two requests) cannot both take the last slot.
  const hit = db.transaction((key: string, windowMs: number, limit: number, now: number): RateLimitResult => {
    const windowStart = now - windowMs;
    pruneBefore.run(key, windowStart);
    const previous = countSince.get(key, windowStart) as number;
    const allowed = previous < limit;
    if (allowed) insert.run(key, now);
    const count = allowed ? previous + 1 : previous;
    const oldest = oldestSince.get(key, windowStart) as number | null;
    return {
      allowed,
      count,
      remaining: Math.max(0, limit - count),
      resetAt: oldest === null ? now : oldest + windowMs,
    };
  });

  return {
    async hit(key: string, options: RateLimitHitOptions) {
      const { windowMs, limit, now = Date.now() } = options;
      if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`limit must be a whole number of at least 1, got ${limit}.`);
      if (!(windowMs > 0)) throw new RangeError(`windowMs must be positive, got ${windowMs}.`);
      return hit.immediate(key, windowMs, limit, Math.floor(now));
    },
    async reset(key?: string) {
      if (key === undefined) removeAll.run();
      else removeKey.run(key);
    },
  };
}
