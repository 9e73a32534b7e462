import { describe, expect, it } from 'vitest';
import { SPENDING_KEPT_MS } from '../create-spend-store.js';
import { ALICE, BOB, useContractDatabase, type ContractEngine } from './contract-database.js';

const DAY_MS = 86_400_000;
const START = Date.UTC(2026, 2, 10, 12, 0, 0);

/** What every SpendStore does, whatever the engine. */
export function describeSpendStoreContract(engine: ContractEngine): void {
  describe(`SpendStore on ${engine.name}`, () => {
    const database = useContractDatabase(engine);
    const store = () => database().spendStore();

    it('sums what each owner spent since a moment, that moment included', async () => {
      const spending = store();
      await spending.record(ALICE, { id: 'a1', startedAt: START - DAY_MS, costMicroUsd: 1_000 });
      await spending.record(ALICE, { id: 'a2', startedAt: START, costMicroUsd: 250 });
      await spending.record(ALICE, { id: 'a3', startedAt: START + 1, costMicroUsd: 5 });
      await spending.record(BOB, { id: 'a2', startedAt: START, costMicroUsd: 7_000 });

      expect(await spending.spentSince(ALICE, START)).toBe(255);
      expect(await spending.spentSince(ALICE, START - DAY_MS)).toBe(1_255);
      expect(await spending.spentSince(BOB, START)).toBe(7_000);
      expect(await spending.spentSince({ ownerId: 'nobody' }, 0)).toBe(0);
    });

    it('replaces the cost of a recorded id (estimate, then real cost) and keeps when it started', async () => {
      const spending = store();
      await spending.record(ALICE, { id: 'run', startedAt: START, costMicroUsd: 900 });
      await spending.record(ALICE, { id: 'run', startedAt: START + DAY_MS, costMicroUsd: 1_200 });
      expect(await spending.spentSince(ALICE, START)).toBe(1_200);
      expect(await spending.spentSince(ALICE, START + 1)).toBe(0);
    });

    it('reserves only what fits every limit, and says what was spent in each period', async () => {
      const spending = store();
      await spending.record(ALICE, { id: 'yesterday', startedAt: START - DAY_MS, costMicroUsd: 600 });
      await spending.record(ALICE, { id: 'today', startedAt: START, costMicroUsd: 300 });
      const limits = [
        { sinceMs: START, limitMicroUsd: 500 },
        { sinceMs: START - 5 * DAY_MS, limitMicroUsd: 1_000 },
      ];

      const fits = { id: 'fits', startedAt: START + 1, costMicroUsd: 100 };
      expect(await spending.reserve(ALICE, fits, limits)).toEqual({ reserved: true, spent: [300, 900] });
      // 400 + 100 fits today's 500 exactly, but 1,000 + 100 is over the longer limit.
      const over = { id: 'over', startedAt: START + 2, costMicroUsd: 100 };
      expect(await spending.reserve(ALICE, over, limits)).toEqual({ reserved: false, spent: [400, 1_000] });
      expect(await spending.spentSince(ALICE, START)).toBe(400);
      expect(await spending.reserve(BOB, over, limits)).toEqual({ reserved: true, spent: [0, 0] });
    });

    it('refuses costs that are not whole non-negative micro-dollars', async () => {
      const spending = store();
      await expect(spending.record(ALICE, { id: 'x', startedAt: START, costMicroUsd: -1 })).rejects.toThrow(RangeError);
      await expect(spending.record(ALICE, { id: 'x', startedAt: START, costMicroUsd: 0.5 })).rejects.toThrow(
        RangeError,
      );
      const notANumber = { id: 'x', startedAt: START, costMicroUsd: Number.NaN };
      await expect(spending.reserve(ALICE, notANumber, [])).rejects.toThrow(RangeError);
    });

    it('forgets entries older than it keeps, per owner', async () => {
      const spending = store();
      await spending.record(ALICE, { id: 'old', startedAt: START - SPENDING_KEPT_MS - 1, costMicroUsd: 10 });
      await spending.record(BOB, { id: 'old', startedAt: START - SPENDING_KEPT_MS - 1, costMicroUsd: 10 });
      await spending.record(ALICE, { id: 'new', startedAt: START, costMicroUsd: 1 });
      expect(await database().select('SELECT owner_id, id FROM spending ORDER BY owner_id, id')).toEqual([
        { owner_id: 'alice', id: 'new' },
        { owner_id: 'bob', id: 'old' },
      ]);
    });

    it('keeps what was spent for another connection (a restart, another instance)', async () => {
      await store().record(ALICE, { id: 'run', startedAt: START, costMicroUsd: 42 });
      expect(await (await database().connectAgain()).spendStore().spentSince(ALICE, START)).toBe(42);
    });

    it('never reserves beyond the limit when reservations race from two connections', async () => {
      const stores = [store(), (await database().connectAgain()).spendStore()];
      const limits = [{ sinceMs: START, limitMicroUsd: 2_000 }];
      const results = await Promise.all(
        Array.from({ length: 50 }, (_, index) =>
          stores[index % 2]!.reserve(ALICE, { id: `run-${index}`, startedAt: START, costMicroUsd: 100 }, limits),
        ),
      );
      expect(results.filter((result) => result.reserved)).toHaveLength(20);
      expect(await store().spentSince(ALICE, START)).toBe(2_000);
    });

    it("sums every owner's spending for an organisation limit, and reserves only what fits it", async () => {
      const spending = store();
      await spending.record(ALICE, { id: 'a', startedAt: START, costMicroUsd: 300 });
      await spending.record(BOB, { id: 'b', startedAt: START, costMicroUsd: 600 });
      await spending.record(BOB, { id: 'old', startedAt: START - DAY_MS, costMicroUsd: 5_000 });
      expect(await spending.totalSpentSince(START)).toBe(900);
      expect(await spending.totalSpentSince(START - DAY_MS)).toBe(5_900);
      expect(await spending.spentByOwnerSince(START)).toEqual(
        new Map([
          ['alice', 300],
          ['bob', 600],
        ]),
      );
      expect(await spending.spentByOwnerSince(START + 1)).toEqual(new Map());

      const limits = [
        { sinceMs: START, limitMicroUsd: 1_000 },
        { sinceMs: START, limitMicroUsd: 1_000, scope: 'organisation' as const },
      ];
      // Alice's own 300 + 100 fits, and so does the organisation's 900 + 100.
      const fits = { id: 'fits', startedAt: START + 1, costMicroUsd: 100 };
      expect(await spending.reserve(ALICE, fits, limits)).toEqual({ reserved: true, spent: [300, 900] });
      // Bob's own 600 + 1 would fit his 1,000, but the organisation's 1,000 is spent.
      const over = { id: 'over', startedAt: START + 2, costMicroUsd: 1 };
      expect(await spending.reserve(BOB, over, limits)).toEqual({ reserved: false, spent: [600, 1_000] });
      expect(await spending.totalSpentSince(START)).toBe(1_000);
    });

    it('never reserves beyond an organisation limit when owners race from two connections', async () => {
      const stores = [store(), (await database().connectAgain()).spendStore()];
      const limits = [{ sinceMs: START, limitMicroUsd: 2_000, scope: 'organisation' as const }];
      const owners = [ALICE, BOB, { ownerId: 'carol' }];
      const results = await Promise.all(
        Array.from({ length: 50 }, (_, index) =>
          stores[index % 2]!.reserve(
            owners[index % owners.length]!,
            { id: `run-${index}`, startedAt: START, costMicroUsd: 100 },
            limits,
          ),
        ),
      );
      expect(results.filter((result) => result.reserved)).toHaveLength(20);
      expect(await store().totalSpentSince(START)).toBe(2_000);
    });
  });
}
