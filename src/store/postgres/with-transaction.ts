import type pg from 'pg';

/** A pool or one of its connections (inside a transaction). */
export type Queryable = pg.Pool | pg.PoolClient;

/**
 * Runs `work` in a transaction on one connection of the pool: committed when it resolves, rolled
 * back when it throws. A connection whose rollback failed is discarded, not returned to the pool.
 */
export async function withTransaction<T>(
  pool: pg.Pool,
  work: (client: pg.PoolClient) => Promise<T>,
  begin = 'BEGIN',
): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query(begin);
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch((rollbackError: Error) => (broken = rollbackError));
    throw error;
  } finally {
    client.release(broken);
  }
}

/** A read in one snapshot: what several queries return belongs together. */
export const READ_ONLY_SNAPSHOT = 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY';

/**
 * withTransaction that first waits until no other transaction holds the owner's lock for `scope`
 * (held until commit or rollback), so a check-then-write (a budget, a rate limit, a prune) is
 * atomic across every instance on the database. The two-key form never meets the migrations'
 * one-key lock; two owners whose keys collide merely wait for each other.
 */
export function withOwnerLock<T>(
  pool: pg.Pool,
  scope: string,
  ownerId: string,
  work: (client: pg.PoolClient) => Promise<T>,
): Promise<T> {
  return withTransaction(pool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1), hashtext($2))', [scope, ownerId]);
    return work(client);
  });
}
