import type pg from 'pg';
import type {
  CancelRelay,
  PracticeStore,
  RateLimitStore,
  SessionStore,
  SpendStore,
  UserStore,
} from '../../app/ports.js';
import type { MigrateResult } from '../migrations/migrate.js';
import type { StoreLogger } from '../store-logger.js';
import { createPostgresCancelRelay } from './create-postgres-cancel-relay.js';
import { createPostgresPool } from './create-postgres-pool.js';
import { createPostgresPracticeStore } from './create-postgres-practice-store.js';
import { createPostgresRateLimitStore } from './create-postgres-rate-limit-store.js';
import { createPostgresSessionStore } from './create-postgres-session-store.js';
import { createPostgresSpendStore } from './create-postgres-spend-store.js';
import { createPostgresUserStore } from './create-postgres-user-store.js';
import { migratePostgres } from './migrations/migrate-postgres.js';
import { redateFutureSessions } from './redate-future-sessions.js';

export type PostgresStoreOptions = {
  /** How many sessions each owner keeps (SESSION_HISTORY_LIMIT); 0 keeps them all. */
  historyLimit: number;
  /** Connections this instance opens at most (10 by default). */
  poolSize?: number;
  /** Told about unreadable stored rows, sessions dated back to now, and failed idle connections. */
  logger?: StoreLogger;
  /** The clock (epoch ms); Date.now by default. */
  now?: () => number;
  /**
   * Whether to carry cancels between the instances (the team mode's server): a listening
   * connection of its own. False by default (the CLI, single-user mode, tests of the stores).
   */
  relayCancels?: boolean;
};

/** Every store of the team mode on one pool, and what opening the database did. */
export type PostgresStores = {
  pool: pg.Pool;
  /** What the start-up migration found and applied. */
  migration: MigrateResult;
  sessions: SessionStore;
  practice: PracticeStore;
  rateLimits: RateLimitStore;
  spending: SpendStore;
  users: UserStore;
  /** Cancels between the instances on this database, on a listening connection of its own; null unless asked for. */
  cancelRelay: CancelRelay | null;
  /** Stops listening for cancels, waits for running queries, then closes every connection. */
  close(): Promise<void>;
};

/**
 * Connects to `url` (DATABASE_URL, postgres://...), applies pending migrations (one instance at a
 * time), dates sessions from the future now, listens for cancels from the other instances (with
 * `relayCancels`), and returns the stores. The caller closes them.
 */
export async function openPostgresStores(url: string, options: PostgresStoreOptions): Promise<PostgresStores> {
  const { historyLimit, logger, now = Date.now } = options;
  const pool = createPostgresPool(url, { poolSize: options.poolSize, logger });
  try {
    const sessions = createPostgresSessionStore(pool, { historyLimit, logger, now });
    const migration = await migratePostgres(pool);
    await redateFutureSessions(pool, now(), logger);
    const cancelRelay = options.relayCancels ? await createPostgresCancelRelay(url, pool, { logger }) : null;
    return {
      pool,
      migration,
      sessions,
      practice: createPostgresPracticeStore(pool, { logger, now }),
      rateLimits: createPostgresRateLimitStore(pool),
      spending: createPostgresSpendStore(pool),
      users: createPostgresUserStore(pool, { now }),
      cancelRelay,
      async close() {
        await cancelRelay?.close();
        await pool.end();
      },
    };
  } catch (error) {
    await pool.end();
    throw error;
  }
}
