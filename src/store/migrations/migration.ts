import type { Database } from 'better-sqlite3';

/**
 * One step of the schema. `version` starts at 1 and grows by one per migration; once released,
 * a migration is never edited: change the schema by appending a new one.
 */
export type Migration = {
  version: number;
  name: string;
  /** Runs inside the transaction that also records the new version. */
  up: (db: Database) => void;
};
