/** Team mode for the benchmark: a throwaway PostgreSQL cluster and two built app instances on one database. */
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import {
  findPostgresBinaries,
  POSTGRES_ROOT,
  startPostgresCluster,
} from '../../test/support/start-postgres-cluster.js';
import { startApp, type AppProcess } from './processes.js';

export type TeamInstances = {
  databaseUrl: string;
  instances: [AppProcess, AppProcess];
  /** Connections PostgreSQL has open to the app's database right now, and how many wait for a lock (pg_stat_activity). */
  countConnections(): Promise<{ connections: number; waitingOnLocks: number }>;
  /** The PostgreSQL server's main process (postmaster.pid), whose children are its backends. */
  postgresPid: number;
  stop(): Promise<void>;
};

/** The reason the team section cannot run here, or null when PostgreSQL is installed. */
export function teamSectionUnavailable(): string | null {
  return findPostgresBinaries() === null
    ? `PostgreSQL is not installed (no ${POSTGRES_ROOT}/<version>/bin/initdb): the team section is skipped.`
    : null;
}

/** The environment of a team instance: no budgets, a limit no run reaches, every session kept. */
export function teamEnvironment(databaseUrl: string): Record<string, string> {
  return { MODE: 'team', DATABASE_URL: databaseUrl, RATE_LIMIT_PER_HOUR: '100000', SESSION_HISTORY_LIMIT: '0' };
}

/**
 * Starts the cluster, one database and two instances on it (one after the other, as each migrates
 * at start), both pointed at `upstreamURL`. The sampler connects to the `postgres` database, so it
 * is not among the connections it counts.
 */
export async function startTeamInstances(upstreamURL: string): Promise<TeamInstances> {
  const cluster = await startPostgresCluster();
  const started: AppProcess[] = [];
  let monitor: pg.Client | null = null;
  const stop = async () => {
    await monitor?.end().catch(() => undefined);
    for (const instance of [...started].reverse()) await instance.stop();
    await cluster.stop();
  };
  try {
    const databaseUrl = await cluster.createDatabase();
    for (let index = 0; index < 2; index += 1) {
      started.push(await startApp({ upstreamURL, probe: true, env: teamEnvironment(databaseUrl) }));
    }
    monitor = await connectMonitor(databaseUrl);
    const databaseName = new URL(databaseUrl).pathname.slice(1);
    const client = monitor;
    return {
      databaseUrl,
      postgresPid: await postmasterPid(client),
      instances: [started[0]!, started[1]!],
      countConnections: async () => {
        const result = await client.query<{ connections: number; waiting: number }>(
          `SELECT count(*)::int AS connections, count(*) FILTER (WHERE wait_event_type = 'Lock')::int AS waiting
             FROM pg_stat_activity WHERE datname = $1`,
          [databaseName],
        );
        return { connections: result.rows[0]?.connections ?? 0, waitingOnLocks: result.rows[0]?.waiting ?? 0 };
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function postmasterPid(client: pg.Client): Promise<number> {
  const { rows } = await client.query<{ setting: string }>("SELECT current_setting('data_directory') AS setting");
  const pidFile = fs.readFileSync(path.join(rows[0]!.setting, 'postmaster.pid'), 'utf8');
  return Number(pidFile.split('\n')[0]);
}

async function connectMonitor(databaseUrl: string): Promise<pg.Client> {
  const url = new URL(databaseUrl);
  url.pathname = '/postgres';
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  return client;
}
