import type { Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SpendStore } from '../app/ports.js';
import { createSpendStore, SPENDING_KEPT_MS } from './create-spend-store.js';
import { openDatabase } from './open-database.js';
import { createTempDir } from './testing/create-temp-dir.js';

const DAY_MS = 86_400_000;
const START = Date.UTC(2026, 2, 10, 12, 0, 0);
const ALICE = { ownerId: 'alice' };
const BOB = { ownerId: 'bob' };

describe('createSpendStore', () => {
  let temp: ReturnType<typeof createTempDir>;
  let db: Database;
  let store: SpendStore;

  beforeEach(() => {
    temp = createTempDir();
    db = openDatabase({ dataDir: temp.dir });
    store = createSpendStore(db);
  });
  afterEach(() => {
    db.close();
    temp.remove();
  });

  it('sums what each owner spent since a moment, that moment included', async () => {
    await store.record(ALICE, { id: 'a1', startedAt: START - DAY_MS, costMicroUsd: 1_000 });
    await store.record(ALICE, { id: 'a2', startedAt: START, costMicroUsd: 250 });
    await store.record(ALICE, { id: 'a3', startedAt: START + 1, costMicroUsd: 5 });
    await store.record(BOB, { id: 'a2', startedAt: START, costMicroUsd: 7_000 });

    expect(await store.spentSince(ALICE, START)).toBe(255);
    expect(await store.spentSince(ALICE, START - DAY_MS)).toBe(1_255);
    expect(await store.spentSince(BOB, START)).toBe(7_000);
    expect(await store.spentSince({ ownerId: 'nobody' }, 0)).toBe(0);
  });

  it('replaces the cost of a recorded id (estimate, then real cost) and keeps when it started', async () => {
    await store.record(ALICE, { id: 'run', startedAt: START, costMicroUsd: 900 });
    await store.record(ALICE, { id: 'run', startedAt: START + DAY_MS, costMicroUsd: 1_200 });
    expect(await store.spentSince(ALICE, START)).toBe(1_200);
    expect(await store.spentSince(ALICE, START + 1)).toBe(0);
  });

  it('reserves only what fits every limit, and says what was spent in each period', async () => {
    await store.record(ALICE, { id: 'yesterday', startedAt: START - DAY_MS, costMicroUsd: 600 });
    await store.record(ALICE, { id: 'today', startedAt: START, costMicroUsd: 300 });
    const limits = [
      { sinceMs: START, limitMicroUsd: 500 },
      { sinceMs: START - 5 * DAY_MS, limitMicroUsd: 1_000 },
    ];

    expect(await store.reserve(ALICE, { id: 'fits', startedAt: START + 1, costMicroUsd: 100 }, limits)).toEqual({
      reserved: true,
      spent: [300, 900],
    });
    // 400 + 100 fits today's 500 exactly, but 1,000 + 100 is over the longer limit.
    expect(await store.reserve(ALICE, { id: 'over', startedAt: START + 2, costMicroUsd: 100 }, limits)).toEqual({
      reserved: false,
      spent: [400, 1_000],
    });
    expect(await store.spentSince(ALICE, START)).toBe(400);
    expect(await store.reserve(BOB, { id: 'over', startedAt: START + 2, costMicroUsd: 100 }, limits)).toEqual({
      reserved: true,
      spent: [0, 0],
    });
  });

  it('refuses costs that are not whole non-negative micro-dollars', async () => {
    await expect(store.record(ALICE, { id: 'x', startedAt: START, costMicroUsd: -1 })).rejects.toThrow(RangeError);
    await expect(store.record(ALICE, { id: 'x', startedAt: START, costMicroUsd: 0.5 })).rejects.toThrow(RangeError);
    await expect(store.reserve(ALICE, { id: 'x', startedAt: START, costMicroUsd: Number.NaN }, [])).rejects.toThrow(
      RangeError,
    );
  });

  it('forgets entries older than it keeps, per owner', async () => {
    await store.record(ALICE, { id: 'old', startedAt: START - SPENDING_KEPT_MS - 1, costMicroUsd: 10 });
    await store.record(BOB, { id: 'old', startedAt: START - SPENDING_KEPT_MS - 1, costMicroUsd: 10 });
    await store.record(ALICE, { id: 'new', startedAt: START, costMicroUsd: 1 });
    expect(db.prepare('SELECT owner_id, id FROM spending ORDER BY owner_id, id').all()).toEqual([
      { owner_id: 'alice', id: 'new' },
      { owner_id: 'bob', id: 'old' },
    ]);
  });

  it('keeps what was spent across a reopen of the database', async () => {
    await store.record(ALICE, { id: 'run', startedAt: START, costMicroUsd: 42 });
    db.close();
    db = openDatabase({ dataDir: temp.dir });
    expect(await createSpendStore(db).spentSince(ALICE, START)).toBe(42);
  });
});
