import type { Database } from 'better-sqlite3';
import type { SpendEntry, SpendLimit, SpendStore } from '../app/ports.js';
import { createRelaxedCommit } from './relaxed-commit.js';

/** Entries are kept this long: a monthly budget needs the current month, the rest is kept for a look back. */
export const SPENDING_KEPT_MS = 62 * 24 * 60 * 60 * 1000;

/** A SpendStore on an open database from openDatabase(). */
export function createSpendStore(db: Database): SpendStore {
  const sumSince = db
    .prepare('SELECT coalesce(sum(cost_micro_usd), 0) FROM spending WHERE owner_id = ? AND started_at >= ?')
    .pluck();
  const totalSince = db.prepare('SELECT coalesce(sum(cost_micro_usd), 0) FROM spending WHERE started_at >= ?').pluck();
  const byOwnerSince = db
    .prepare('SELECT owner_id, sum(cost_micro_usd) FROM spending WHERE started_at >= ? GROUP BY owner_id')
    .raw();
  const spentIn = (ownerId: string, limit: SpendLimit) =>
    (limit.scope === 'organisation'
      ? totalSince.get(Math.floor(limit.sinceMs))
      : sumSince.get(ownerId, Math.floor(limit.sinceMs))) as number;
  const upsert = db.prepare(`
    INSERT INTO spending (owner_id, id, started_at, cost_micro_usd) VALUES (?, ?, ?, ?)
    ON CONFLICT (owner_id, id) DO UPDATE SET cost_micro_usd = excluded.cost_micro_usd`);
  const pruneBefore = db.prepare('DELETE FROM spending WHERE owner_id = ? AND started_at < ?');

  const write = (ownerId: string, entry: SpendEntry) => {
    upsert.run(ownerId, entry.id, Math.floor(entry.startedAt), entry.costMicroUsd);
    pruneBefore.run(ownerId, Math.floor(entry.startedAt) - SPENDING_KEPT_MS);
  };
  // One write transaction: the sums and the insert cannot interleave with another process's.
  const reserve = db.transaction((ownerId: string, entry: SpendEntry, limits: SpendLimit[]) => {
    const spent = limits.map((limit) => spentIn(ownerId, limit));
    const reserved = limits.every((limit, index) => spent[index]! + entry.costMicroUsd <= limit.limitMicroUsd);
    if (reserved) write(ownerId, entry);
    return { reserved, spent };
  });
  const record = db.transaction(write);
  const commitRelaxed = createRelaxedCommit(db);

  return {
    async spentSince(owner, sinceMs) {
      return sumSince.get(owner.ownerId, Math.floor(sinceMs)) as number;
    },
    async totalSpentSince(sinceMs) {
      return totalSince.get(Math.floor(sinceMs)) as number;
    },
    async spentByOwnerSince(sinceMs) {
      return new Map(byOwnerSince.all(Math.floor(sinceMs)) as Array<[string, number]>);
    },
    async reserve(owner, entry, limits) {
      assertCost(entry);
      return commitRelaxed(reserve, owner.ownerId, entry, limits);
    },
    async record(owner, entry) {
      assertCost(entry);
      commitRelaxed(record, owner.ownerId, entry);
    },
  };
}

/** Throws a RangeError unless the cost is whole non-negative micro-dollars (for both engines). */
export function assertCost(entry: SpendEntry): void {
  if (!Number.isSafeInteger(entry.costMicroUsd) || entry.costMicroUsd < 0) {
    throw new RangeError(`costMicroUsd must be a whole number of at least 0, got ${entry.costMicroUsd}.`);
  }
}
