import type pg from 'pg';
import { FUTURE_DATE_SLACK_MS } from '../../core/schemas/session-limits.js';
import type { StoreLogger } from '../store-logger.js';
import { withTransaction } from './with-transaction.js';

/**
 * Sessions dated in the future (saved under a clock set ahead) would outrank every new generation
 * for good: they are dated `openedAt`, as the SQLite store does when it opens. Read first, so that
 * a start-up with nothing wrong writes nothing. The JSON is edited in JavaScript because `jsonb`
 * (which could edit it in SQL) refuses the `\u0000` a stored text may hold.
 */
export async function redateFutureSessions(
  pool: pg.Pool,
  openedAt: number,
  logger: StoreLogger | undefined,
): Promise<void> {
  const latest = new Date(openedAt + FUTURE_DATE_SLACK_MS).toISOString();
  const now = new Date(openedAt).toISOString();
  const { rows } = await pool.query<{ count: number }>(
    'SELECT count(*) AS count FROM sessions WHERE created_at > $1 OR last_activity_at > $1',
    [latest],
  );
  if (rows[0]?.count === 0) return;
  const redated = await withTransaction(pool, async (client) => {
    const future = await client.query<{ seq: number; data: string }>(
      'SELECT seq, data::text AS data FROM sessions WHERE created_at > $1 FOR UPDATE',
      [latest],
    );
    for (const row of future.rows) {
      const data = JSON.stringify({ ...JSON.parse(row.data), createdAt: now });
      await client.query('UPDATE sessions SET created_at = $1, data = $2 WHERE seq = $3', [now, data, row.seq]);
    }
    await client.query('UPDATE sessions SET last_activity_at = $1 WHERE last_activity_at > $2', [now, latest]);
    return future.rows.length;
  });
  if (redated > 0) logger?.warn({ sessions: redated }, 'Sessions dated in the future were dated now.');
}
