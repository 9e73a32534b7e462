import type { PostgresMigration } from './postgres-migration.js';

/**
 * The organisation budgets sum every owner's spending since a moment, under one lock: an index on
 * when it started, carrying the cost, so the sums read the index alone.
 */
export const organisationSpendingIndex: PostgresMigration = {
  version: 3,
  name: 'spending by start time, for organisation budgets',
  async up(client) {
    await client.query('CREATE INDEX spending_started_at ON spending (started_at) INCLUDE (cost_micro_usd)');
  },
};
