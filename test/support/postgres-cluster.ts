/** The PostgreSQL cluster of a test file: skipped where PostgreSQL is not installed (but never in CI). */
import { afterAll, beforeAll } from 'vitest';
import {
  findPostgresBinaries,
  POSTGRES_ROOT,
  startPostgresCluster,
  type PostgresCluster,
} from './start-postgres-cluster.js';

export type { PostgresCluster };

/**
 * Whether this run can start PostgreSQL. Without it, CI fails (it installs PostgreSQL) and a local
 * run says once that it skips the PostgreSQL tests.
 */
export function postgresAvailable(): boolean {
  if (findPostgresBinaries() !== null) return true;
  if (process.env.CI) throw new Error(`CI must install PostgreSQL: no initdb under ${POSTGRES_ROOT}/<version>/bin.`);
  process.stderr.write(`PostgreSQL is not installed (no ${POSTGRES_ROOT}/<version>/bin/initdb): skipping its tests.\n`);
  return false;
}

/** A cluster for the calling `describe`: started before its first test, stopped after its last. */
export function usePostgresCluster(): () => PostgresCluster {
  let cluster: PostgresCluster | undefined;
  beforeAll(async () => {
    cluster = await startPostgresCluster();
  });
  afterAll(async () => {
    await cluster?.stop();
  });
  return () => {
    if (cluster === undefined) throw new Error('The PostgreSQL cluster starts before the first test.');
    return cluster;
  };
}
