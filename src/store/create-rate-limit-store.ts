import type { Database } from 'better-sqlite3';
import type { RateLimitHitOptions, RateLimitResult, RateLimitStore } from '../app/ports.js';
import { createRelaxedCommit } from './relaxed-commit.js';

/** A RateLimitStore on an open database from openDatabase(). */
export function createRateLimitStore(db: Database): RateLimitStore {
  // Per owner and bucket: another bucket may use a longer window.
  const pruneBefore = db.prepare('DELETE FROM rate_limit_hits WHERE owner_id = ? AND key = ? AND hit_at <= ?');
  const countSince = db
    .prepare('SELECT count(*) FROM rate_limit_hits WHERE owner_id = ? AND key = ? AND hit_at > ?')
    .pluck();
  const oldestSince = db
    .prepare('SELECT min(hit_at) FROM rate_limit_hits WHERE owner_id = ? AND key = ? AND hit_at > ?')
    .pluck();
  const insert = db.prepare('INSERT INTO rate_limit_hits (owner_id, key, hit_at) VALUES (?, ?, ?)');
  const sweepBefore = db.prepare('DELETE FROM rate_limit_hits WHERE key = ? AND hit_at <= ?');
  const sweeps = createSweepSchedule();
  const removeOwner = db.prepare('DELETE FROM rate_limit_hits WHERE owner_id = ?');
  const removeAll = db.prepare('DELETE FROM rate_limit_hits');
  const commitRelaxed = createRelaxedCommit(db);

  // One write transaction, so two processes (or two requests) cannot both take the last slot.
  const hit = db.transaction(
    (ownerId: string, bucket: string, windowMs: number, limit: number, now: number): RateLimitResult => {
      const windowStart = now - windowMs;
      pruneBefore.run(ownerId, bucket, windowStart);
      const previous = countSince.get(ownerId, bucket, windowStart) as number;
      const allowed = previous < limit;
      if (allowed) insert.run(ownerId, bucket, now);
      const count = allowed ? previous + 1 : previous;
      const oldest = oldestSince.get(ownerId, bucket, windowStart) as number | null;
      return {
        allowed,
        count,
        remaining: Math.max(0, limit - count),
        resetAt: oldest === null ? now : oldest + windowMs,
      };
    },
  );

  return {
    async hit(owner, options: RateLimitHitOptions) {
      assertHitOptions(options);
      const { bucket, windowMs, limit, now = Date.now() } = options;
      const result = commitRelaxed(hit, owner.ownerId, bucket, windowMs, limit, Math.floor(now));
      if (sweeps.due(bucket, now)) sweepBefore.run(bucket, Math.floor(now) - windowMs);
      return result;
    },
    async reset(owner) {
      if (owner === undefined) removeAll.run();
      else removeOwner.run(owner.ownerId);
    },
  };
}

/** Throws a RangeError unless the limit is a whole number of at least 1 and the window positive (for both engines). */
export function assertHitOptions({ limit, windowMs }: RateLimitHitOptions): void {
  if (!Number.isInteger(limit) || limit < 1)
    throw new RangeError(`limit must be a whole number of at least 1, got ${limit}.`);
  if (!(windowMs > 0)) throw new RangeError(`windowMs must be positive, got ${windowMs}.`);
}

/** How often, at most, the hits of every owner that have left a bucket's window are deleted. */
export const SWEEP_INTERVAL_MS = 60_000;

/**
 * When to sweep a bucket: a hit prunes its own owner's old hits, but an owner who never comes
 * back (a sign-in attempt from an address and email seen once) would keep theirs for good.
 */
export function createSweepSchedule() {
  const lastSweepAt = new Map<string, number>();
  return {
    due(bucket: string, now: number): boolean {
      if (now - (lastSweepAt.get(bucket) ?? -Infinity) < SWEEP_INTERVAL_MS) return false;
      lastSweepAt.set(bucket, now);
      return true;
    },
  };
}
