import type pg from 'pg';
import type { RateLimitResult, RateLimitStore } from '../../app/ports.js';
import { assertHitOptions, createSweepSchedule } from '../create-rate-limit-store.js';
import { withOwnerLock } from './with-transaction.js';

/**
 * A RateLimitStore on a pool from createPostgresPool(): the SQLite sliding window, each hit in a
 * transaction under the owner's lock for the bucket, so instances racing for the last slot take it once.
 */
export function createPostgresRateLimitStore(pool: pg.Pool): RateLimitStore {
  const sweeps = createSweepSchedule();
  const hit = (ownerId: string, bucket: string, windowMs: number, limit: number, now: number) =>
    withOwnerLock(pool, `rate-limit:${bucket}`, ownerId, async (client): Promise<RateLimitResult> => {
      const window = [ownerId, bucket, now - windowMs];
      // Per owner and bucket: another bucket may use a longer window.
      await client.query('DELETE FROM rate_limit_hits WHERE owner_id = $1 AND key = $2 AND hit_at <= $3', window);
      const inWindow = 'FROM rate_limit_hits WHERE owner_id = $1 AND key = $2 AND hit_at > $3';
      const counted = await client.query<{ count: number }>(`SELECT count(*) AS count ${inWindow}`, window);
      const previous = counted.rows[0]?.count ?? 0;
      const allowed = previous < limit;
      if (allowed) {
        const hitRow = [ownerId, bucket, now];
        await client.query('INSERT INTO rate_limit_hits (owner_id, key, hit_at) VALUES ($1, $2, $3)', hitRow);
      }
      const count = allowed ? previous + 1 : previous;
      const earliest = await client.query<{ oldest: number | null }>(
        `SELECT min(hit_at) AS oldest ${inWindow}`,
        window,
      );
      const oldest = earliest.rows[0]?.oldest ?? null;
      return {
        allowed,
        count,
        remaining: Math.max(0, limit - count),
        resetAt: oldest === null ? now : oldest + windowMs,
      };
    });

  return {
    async hit(owner, options) {
      assertHitOptions(options);
      const { bucket, windowMs, limit, now = Date.now() } = options;
      const result = await hit(owner.ownerId, bucket, windowMs, limit, Math.floor(now));
      // Outside the owner's lock: every owner's rows, so no two instances wait on each other's.
      if (sweeps.due(bucket, now)) {
        await pool.query('DELETE FROM rate_limit_hits WHERE key = $1 AND hit_at <= $2', [
          bucket,
          Math.floor(now) - windowMs,
        ]);
      }
      return result;
    },
    async reset(owner) {
      if (owner === undefined) await pool.query('DELETE FROM rate_limit_hits');
      else await pool.query('DELETE FROM rate_limit_hits WHERE owner_id = $1', [owner.ownerId]);
    },
  };
}
