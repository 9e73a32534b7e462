import { describe, expect, it } from 'vitest';
import { ALICE, BOB, countRows, useContractDatabase, type ContractEngine } from './contract-database.js';

const HOUR_MS = 3_600_000;
const START = Date.UTC(2026, 0, 1, 12, 0, 0);
const perHour = (limit: number, now: number) => ({ bucket: 'generations', windowMs: HOUR_MS, limit, now });

/** What every RateLimitStore does, whatever the engine. */
export function describeRateLimitStoreContract(engine: ContractEngine): void {
  describe(`RateLimitStore on ${engine.name}`, () => {
    const database = useContractDatabase(engine);
    const store = () => database().rateLimitStore();

    it('allows `limit` hits per window, then refuses', async () => {
      const limiter = store();
      const results = [];
      for (let minute = 0; minute < 4; minute++)
        results.push(await limiter.hit(ALICE, perHour(3, START + minute * 60_000)));

      expect(results.map(({ allowed, count, remaining }) => ({ allowed, count, remaining }))).toEqual([
        { allowed: true, count: 1, remaining: 2 },
        { allowed: true, count: 2, remaining: 1 },
        { allowed: true, count: 3, remaining: 0 },
        { allowed: false, count: 3, remaining: 0 },
      ]);
      expect(results.map((result) => result.resetAt)).toEqual(Array(4).fill(START + HOUR_MS));
    });

    it('frees one slot each time the oldest hit leaves the sliding window', async () => {
      const limiter = store();
      await limiter.hit(ALICE, perHour(2, START));
      await limiter.hit(ALICE, perHour(2, START + 10 * 60_000));

      expect((await limiter.hit(ALICE, perHour(2, START + HOUR_MS - 1))).allowed).toBe(false);
      expect(await limiter.hit(ALICE, perHour(2, START + HOUR_MS))).toEqual({
        allowed: true,
        count: 2,
        remaining: 0,
        resetAt: START + 10 * 60_000 + HOUR_MS,
      });
      expect((await limiter.hit(ALICE, perHour(2, START + HOUR_MS + 1))).allowed).toBe(false);
    });

    it('does not count refused attempts', async () => {
      const limiter = store();
      await limiter.hit(ALICE, perHour(1, START));
      for (let attempt = 1; attempt <= 5; attempt++) await limiter.hit(ALICE, perHour(1, START + attempt));
      expect((await limiter.hit(ALICE, perHour(1, START + HOUR_MS))).allowed).toBe(true);
    });

    it('counts each owner, and each bucket, on its own', async () => {
      const limiter = store();
      await limiter.hit(ALICE, perHour(1, START));
      expect((await limiter.hit(ALICE, perHour(1, START + 1))).allowed).toBe(false);
      expect((await limiter.hit(BOB, perHour(1, START + 1))).allowed).toBe(true);
      expect((await limiter.hit(ALICE, { ...perHour(1, START + 1), bucket: 'practice' })).allowed).toBe(true);
    });

    it('is still limited through another connection (a restart, another instance)', async () => {
      for (let hit = 0; hit < 3; hit++) await store().hit(ALICE, perHour(3, START + hit));
      const elsewhere = (await database().connectAgain()).rateLimitStore();
      const result = await elsewhere.hit(ALICE, perHour(3, START + 1000));
      expect(result).toEqual({ allowed: false, count: 3, remaining: 0, resetAt: START + HOUR_MS });
    });

    it('forgets one owner or every owner on reset', async () => {
      const limiter = store();
      await limiter.hit(ALICE, perHour(1, START));
      await limiter.hit(BOB, perHour(1, START));

      await limiter.reset(ALICE);
      expect((await limiter.hit(ALICE, perHour(1, START + 1))).allowed).toBe(true);
      expect((await limiter.hit(BOB, perHour(1, START + 1))).allowed).toBe(false);
      await limiter.reset();
      expect((await limiter.hit(BOB, perHour(1, START + 2))).allowed).toBe(true);
    });

    it('deletes hits that have left the window instead of keeping them forever', async () => {
      const limiter = store();
      for (let hit = 0; hit < 5; hit++) await limiter.hit(ALICE, perHour(10, START + hit));
      await limiter.hit(ALICE, perHour(10, START + 2 * HOUR_MS));
      expect(await countRows(database(), 'rate_limit_hits')).toBe(1);
    });

    it('deletes, now and then, the old hits of owners who never come back', async () => {
      const limiter = store();
      await limiter.hit(ALICE, perHour(10, START));
      await limiter.hit(BOB, perHour(10, START + 2 * HOUR_MS));
      expect(await countRows(database(), 'rate_limit_hits')).toBe(1);
    });

    it('rejects a limit below one or a window that is not positive', async () => {
      await expect(store().hit(ALICE, perHour(0, START))).rejects.toThrow(RangeError);
      await expect(store().hit(ALICE, { bucket: 'generations', windowMs: 0, limit: 1 })).rejects.toThrow(RangeError);
    });

    it('allows exactly `limit` of many hits racing from two connections', async () => {
      const limiters = [store(), (await database().connectAgain()).rateLimitStore()];
      const results = await Promise.all(
        Array.from({ length: 50 }, (_, index) => limiters[index % 2]!.hit(ALICE, perHour(20, START + index))),
      );
      expect(results.filter((result) => result.allowed)).toHaveLength(20);
      expect(
        results
          .filter((result) => result.allowed)
          .map((result) => result.count)
          .sort((a, b) => a - b),
      ).toEqual(Array.from({ length: 20 }, (_, index) => index + 1));
      expect(await countRows(database(), 'rate_limit_hits')).toBe(20);
    });
  });
}
