import type { Database } from 'better-sqlite3';
import { createRateLimitStore } from '../store/create-rate-limit-store.js';
import { createSpendStore } from '../store/create-spend-store.js';
import { createSqlitePracticeStore } from '../store/create-sqlite-practice-store.js';
import { createSqliteSessionStore } from '../store/create-sqlite-session-store.js';
import { createSqliteUserStore } from '../store/create-sqlite-user-store.js';
import { openDatabase } from '../store/open-database.js';
import type { PostgresStores } from '../store/postgres/open-postgres-stores.js';
import type { AppLogger } from './app-logger.js';
import type { Config } from './config.js';
import type { CancelRelay, PracticeStore, RateLimitStore, SessionStore, SpendStore, UserStore } from './ports.js';

/** Every store the use cases need, on one engine, and what the engine itself answers for. */
export type AppStores = {
  engine: 'sqlite' | 'postgres';
  sessions: SessionStore;
  practice: PracticeStore;
  rateLimits: RateLimitStore;
  spending: SpendStore;
  users: UserStore;
  /** Carries cancels between the instances on one PostgreSQL database (team mode's server); null otherwise. */
  cancelRelay: CancelRelay | null;
  /** Resolves when the database answers a query; rejects otherwise. */
  ping(): Promise<void>;
  /** Closes the database (SQLite) or the connection pool (PostgreSQL). */
  close(): Promise<void>;
};

type StoreConfig = Pick<Config, 'dataDir' | 'sessionHistoryLimit' | 'databaseUrl'>;

/** The SQLite stores in `<dataDir>/interview-prep.sqlite`: synchronous, as single-user mode always opened them. */
export function openSqliteStores(config: StoreConfig, logger: AppLogger): AppStores {
  const database: Database = openDatabase({ dataDir: config.dataDir });
  return {
    engine: 'sqlite',
    sessions: createSqliteSessionStore(database, { historyLimit: config.sessionHistoryLimit, logger }),
    practice: createSqlitePracticeStore(database, { logger }),
    rateLimits: createRateLimitStore(database),
    spending: createSpendStore(database),
    users: createSqliteUserStore(database),
    cancelRelay: null,
    async ping() {
      database.prepare('SELECT 1').get();
    },
    async close() {
      database.close();
    },
  };
}

/** `postgres://user@host:port/database`: the URL without its password, for messages. */
function describeDatabaseUrl(url: string): string {
  const parsed = new URL(url);
  parsed.password = '';
  parsed.search = '';
  return parsed.toString();
}

export type OpenStoresOptions = {
  /** Whether cancels travel between the instances on PostgreSQL (the team mode's server, not the CLI). */
  relayCancels: boolean;
};

/**
 * The stores of the engine the configuration names: PostgreSQL for DATABASE_URL (connected and
 * migrated first, hence async), SQLite in DATA_DIR otherwise.
 */
export async function openStores(
  config: StoreConfig,
  logger: AppLogger,
  options: OpenStoresOptions,
): Promise<AppStores> {
  if (config.databaseUrl === null) return openSqliteStores(config, logger);
  // Loaded only here: the driver and its stores are ~50 ms of every local start-up otherwise.
  const { openPostgresStores } = await import('../store/postgres/open-postgres-stores.js');
  let stores: PostgresStores;
  try {
    stores = await openPostgresStores(config.databaseUrl, {
      historyLimit: config.sessionHistoryLimit,
      logger,
      relayCancels: options.relayCancels,
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Could not open the PostgreSQL database ${describeDatabaseUrl(config.databaseUrl)}: ${reason}`, {
      cause: error,
    });
  }
  const { pool, sessions, practice, rateLimits, spending, users, cancelRelay } = stores;
  return {
    engine: 'postgres',
    sessions,
    practice,
    rateLimits,
    spending,
    users,
    cancelRelay,
    async ping() {
      await pool.query('SELECT 1');
    },
    close: () => stores.close(),
  };
}
