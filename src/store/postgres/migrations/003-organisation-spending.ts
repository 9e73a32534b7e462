import type { PostgresMigration } from './postgres-migration.js';

/** The organisation budgets sum every owner's spending since a moment: an index on when it started. */
export const organisationSpendingIndex: PostgresMigration = {
  version: 3,
  name: 'spending by start time, for organisation budgets',
  async up(client) {
    await client.query('CREATE INDEX spending_started_at ON spending (started_at)');
  },
};
