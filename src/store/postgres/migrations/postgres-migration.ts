import type pg from 'pg';

/**
 * One step of the PostgreSQL schema, numbered as the SQLite migrations are (from 1, one more
 * each); once released, never edited: change the schema by appending a new one.
 */
export type PostgresMigration = {
  version: number;
  name: string;
  /** Runs inside the transaction that also records the version in `schema_migrations`. */
  up: (client: pg.PoolClient) => Promise<void>;
};
