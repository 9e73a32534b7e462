import pg from 'pg';
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
  return pool;
}
