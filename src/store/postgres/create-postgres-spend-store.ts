import type pg from 'pg';
import type { SpendEntry, SpendLimit, SpendStore } from '../../app/ports.js';
import { assertCost, SPENDING_KEPT_MS } from '../create-spend-store.js';
import { withOwnerLock, type Queryable } from './with-transaction.js';

const SPENDING_LOCK = 'spending';
/** The owner id the lock of organisation-wide reservations is taken for (no user id has a space). */
const EVERY_OWNER = 'every owner';

/**
 * A SpendStore on a pool from createPostgresPool(), with the SQLite store's behaviour. `reserve` and
 * `record` run under the owner's spending lock, so two instances cannot both take the last dollar;
 * a reservation with an organisation limit takes the organisation's lock instead, so two owners
 * cannot both take the organisation's last dollar either.
 */
export function createPostgresSpendStore(pool: pg.Pool): SpendStore {
  return {
    async spentSince(owner, sinceMs) {
      return spentSince(pool, owner.ownerId, sinceMs);
    },
    async totalSpentSince(sinceMs) {
      return totalSpentSince(pool, sinceMs);
    },
    async spentByOwnerSince(sinceMs) {
      const { rows } = await pool.query<{ owner_id: string; spent: number }>(
        'SELECT owner_id, sum(cost_micro_usd) AS spent FROM spending WHERE started_at >= $1 GROUP BY owner_id',
        [Math.floor(sinceMs)],
      );
      return new Map(rows.map((row) => [row.owner_id, row.spent]));
    },
    async reserve(owner, entry, limits) {
      assertCost(entry);
      const organisationWide = limits.some((limit) => limit.scope === 'organisation');
      const lockedFor = organisationWide ? EVERY_OWNER : owner.ownerId;
      return withOwnerLock(pool, SPENDING_LOCK, lockedFor, async (client) => {
        const spent: number[] = [];
        for (const limit of limits) spent.push(await spentIn(client, owner.ownerId, limit));
        const reserved = limits.every((limit, index) => spent[index]! + entry.costMicroUsd <= limit.limitMicroUsd);
        if (reserved) await write(client, owner.ownerId, entry);
        return { reserved, spent };
      });
    },
    async record(owner, entry) {
      assertCost(entry);
      await withOwnerLock(pool, SPENDING_LOCK, owner.ownerId, (client) => write(client, owner.ownerId, entry));
    },
  };
}

async function spentSince(client: Queryable, ownerId: string, sinceMs: number): Promise<number> {
  const { rows } = await client.query<{ spent: number }>(
    'SELECT coalesce(sum(cost_micro_usd), 0) AS spent FROM spending WHERE owner_id = $1 AND started_at >= $2',
    [ownerId, Math.floor(sinceMs)],
  );
  return rows[0]?.spent ?? 0;
}

async function totalSpentSince(client: Queryable, sinceMs: number): Promise<number> {
  const { rows } = await client.query<{ spent: number }>(
    'SELECT coalesce(sum(cost_micro_usd), 0) AS spent FROM spending WHERE started_at >= $1',
    [Math.floor(sinceMs)],
  );
  return rows[0]?.spent ?? 0;
}

function spentIn(client: Queryable, ownerId: string, limit: SpendLimit): Promise<number> {
  return limit.scope === 'organisation'
    ? totalSpentSince(client, limit.sinceMs)
    : spentSince(client, ownerId, limit.sinceMs);
}

/** Records the entry (or replaces the cost of its id, keeping when it started) and forgets the owner's old ones. */
async function write(client: pg.PoolClient, ownerId: string, entry: SpendEntry): Promise<void> {
  const startedAt = Math.floor(entry.startedAt);
  await client.query(
    `INSERT INTO spending (owner_id, id, started_at, cost_micro_usd) VALUES ($1, $2, $3, $4)
    ON CONFLICT (owner_id, id) DO UPDATE SET cost_micro_usd = excluded.cost_micro_usd`,
    [ownerId, entry.id, startedAt, entry.costMicroUsd],
  );
  await client.query('DELETE FROM spending WHERE owner_id = $1 AND started_at < $2', [
    ownerId,
    startedAt - SPENDING_KEPT_MS,
  ]);
}
