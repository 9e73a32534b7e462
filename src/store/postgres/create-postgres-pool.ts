import pg from 'pg';
import { AppError } from '../../core/errors.js';
import type { StoreLogger } from '../store-logger.js';

/** Connections per instance: a few requests write at once, each holding one for a short transaction. */
export const DEFAULT_POOL_SIZE = 10;

export type PostgresPoolOptions = {
  poolSize?: number;
  /** Told when an idle connection fails (the server restarted, the network dropped). */
  logger?: StoreLogger;
};

const { builtins } = pg.types;
const parseTimestamptz = pg.types.getTypeParser(builtins.TIMESTAMPTZ) as (text: string) => Date;

/**
 * Rows in the shape the SQLite stores read: bigint and numeric as numbers (epoch ms and
 * micro-dollars stay far below 2^53), timestamps as `toISOString()` text.
 */
const TYPE_PARSERS: Partial<Record<number, (text: string) => unknown>> = {
  [builtins.INT8]: Number,
  [builtins.NUMERIC]: Number,
  [builtins.TIMESTAMPTZ]: (text) => parseTimestamptz(text).toISOString(),
};

/** A pool on `url` (postgres://...) whose rows read as the stores expect. The caller ends it. */
export function createPostgresPool(url: string, options: PostgresPoolOptions = {}): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? DEFAULT_POOL_SIZE,
    connectionTimeoutMillis: 10_000,
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        TYPE_PARSERS[oid] ?? pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
  });
  // Without a listener, an idle connection's error would crash the process; the pool replaces it.
  pool.on('error', (error) => options.logger?.warn({ err: error }, 'A PostgreSQL connection failed; it is replaced.'));
  reportUnreachableAsUnavailable(pool);
  return pool;
}

/**
 * A connection the pool cannot get (the server is down or refuses, or every connection stays
 * busy past the timeout) fails as `database_unavailable` (503: try again), not as an internal
 * error. pool.query() gets its connection through connect() too, so both are covered.
 */
function reportUnreachableAsUnavailable(pool: pg.Pool): void {
  const connect = pool.connect.bind(pool) as (callback?: ConnectCallback) => Promise<pg.PoolClient> | void;
  const unavailable = (error: Error) => new AppError('database_unavailable', { cause: error });
  pool.connect = ((callback?: ConnectCallback) => {
    if (callback) return connect((error, client, release) => callback(error && unavailable(error), client, release));
    return (connect() as Promise<pg.PoolClient>).catch((error: Error) => {
      throw unavailable(error);
    });
  }) as typeof pool.connect;
}

type ConnectCallback = (error: Error | undefined, client: pg.PoolClient | undefined, release: () => void) => void;
