import type { Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRateLimitStore } from './create-rate-limit-store.js';
import { openDatabase } from './open-database.js';
import type { RateLimitStore } from '../app/ports.js';
import { createTempDir } from './testing/create-temp-dir.js';

const HOUR_MS = 3_600_000;
const START = Date.UTC(2026, 0, 1, 12, 0, 0);
const perHour = (limit: number, now: number) => ({ bucket: 'generations', windowMs: HOUR_MS, limit, now });
const owner = (ownerId: string) => ({ ownerId });

describe('createRateLimitStore', () => {
  let temp: ReturnType<typeof createTempDir>;
  let db: Database;
  let store: RateLimitStore;

  beforeEach(() => {
    temp = createTempDir();
    db = openDatabase({ dataDir: temp.dir });
    store = createRateLimitStore(db);
  });
  afterEach(() => {
    db.close();
    temp.remove();
  });

  it('allows `limit` hits per window, then refuses', async () => {
    const results = [];
    for (let minute = 0; minute < 4; minute++)
      results.push(await store.hit(owner('generations'), perHour(3, START + minute * 60_000)));

    expect(results.map(({ allowed, count, remaining }) => ({ allowed, count, remaining }))).toEqual([
      { allowed: true, count: 1, remaining: 2 },
      { allowed: true, count: 2, remaining: 1 },
      { allowed: true, count: 3, remaining: 0 },
      { allowed: false, count: 3, remaining: 0 },
    ]);
    expect(results[3]?.resetAt).toBe(START + HOUR_MS); // when the first hit leaves the window
  });

  it('frees one slot each time the oldest hit leaves the sliding window', async () => {
    await store.hit(owner('generations'), perHour(2, START));
    await store.hit(owner('generations'), perHour(2, START + 10 * 60_000));

    expect((await store.hit(owner('generations'), perHour(2, START + HOUR_MS - 1))).allowed).toBe(false);
    const afterFirstExpires = await store.hit(owner('generations'), perHour(2, START + HOUR_MS));
    expect(afterFirstExpires).toEqual({
      allowed: true,
      count: 2,
      remaining: 0,
      resetAt: START + 10 * 60_000 + HOUR_MS,
    });
    expect((await store.hit(owner('generations'), perHour(2, START + HOUR_MS + 1))).allowed).toBe(false);
  });

  it('does not count refused attempts', async () => {
    await store.hit(owner('generations'), perHour(1, START));
    for (let attempt = 1; attempt <= 5; attempt++) await store.hit(owner('generations'), perHour(1, START + attempt));
    expect((await store.hit(owner('generations'), perHour(1, START + HOUR_MS))).allowed).toBe(true);
  });

  it('counts each key on its own', async () => {
    await store.hit(owner('client-a'), perHour(1, START));
    expect((await store.hit(owner('client-a'), perHour(1, START + 1))).allowed).toBe(false);
    expect((await store.hit(owner('client-b'), perHour(1, START + 1))).allowed).toBe(true);
  });

  it('is still limited after the database is closed and reopened (a restart)', async () => {
    for (let hit = 0; hit < 3; hit++) await store.hit(owner('generations'), perHour(3, START + hit));
    db.close();
    db = openDatabase({ dataDir: temp.dir });
    store = createRateLimitStore(db);

    const afterRestart = await store.hit(owner('generations'), perHour(3, START + 1000));
    expect(afterRestart).toEqual({ allowed: false, count: 3, remaining: 0, resetAt: START + HOUR_MS });
  });

  it('forgets one key or every key on reset', async () => {
    await store.hit(owner('client-a'), perHour(1, START));
    await store.hit(owner('client-b'), perHour(1, START));

    await store.reset(owner('client-a'));
    expect((await store.hit(owner('client-a'), perHour(1, START + 1))).allowed).toBe(true);
    expect((await store.hit(owner('client-b'), perHour(1, START + 1))).allowed).toBe(false);

    await store.reset();
    expect((await store.hit(owner('client-b'), perHour(1, START + 2))).allowed).toBe(true);
  });

  it('deletes hits that have left the window instead of keeping them forever', async () => {
    for (let hit = 0; hit < 5; hit++) await store.hit(owner('generations'), perHour(10, START + hit));
    await store.hit(owner('generations'), perHour(10, START + 2 * HOUR_MS));
    expect(db.prepare('SELECT count(*) FROM rate_limit_hits').pluck().get()).toBe(1);
  });

  it('rejects a limit below one or a window that is not positive', async () => {
    await expect(store.hit(owner('generations'), perHour(0, START))).rejects.toThrow(RangeError);
    await expect(store.hit(owner('generations'), { bucket: 'generations', windowMs: 0, limit: 1 })).rejects.toThrow(
      RangeError,
    );
  });
});
