import type { Migration } from './migration.js';

/**
 * What each generation cost, per owner, for the spending budgets: its estimate while it runs,
 * then its real cost. Kept apart from `sessions`, which are pruned to the history limit and can
 * be deleted or imported: neither may change what was spent. Starts empty (nothing to backfill
 * that an import could not have forged).
 */
export const spendingSchema: Migration = {
  version: 3,
  name: 'spending per generation',
  up(db) {
    db.exec(`
      CREATE TABLE spending (
        owner_id TEXT NOT NULL,
        id TEXT NOT NULL,
        started_at INTEGER NOT NULL,
        cost_micro_usd INTEGER NOT NULL CHECK (cost_micro_usd >= 0),
        PRIMARY KEY (owner_id, id)
      );
      CREATE INDEX spending_owner_started_at ON spending (owner_id, started_at);
    `);
  },
};
