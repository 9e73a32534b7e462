import type { AttemptRow, toAttemptRow } from '../practice-attempt-rows.js';
import type { Queryable } from './with-transaction.js';

const ROW_COLUMNS = `id, session_id, thread_id, question_index, turn, thread_mode, thread_created_at, created_at,
  cost_micro_usd, data::text AS data`;

/**
 * Inserts an attempt or replaces the one with its id (which may move it to another thread). A turn
 * answered by another attempt id fails on `practice_attempts_one_per_turn`.
 */
export async function upsertAttempt(client: Queryable, row: ReturnType<typeof toAttemptRow>): Promise<void> {
  await client.query(
    `INSERT INTO practice_attempts (owner_id, id, session_id, thread_id, question_index, turn, thread_mode,
      thread_created_at, created_at, cost_micro_usd, data)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
    ON CONFLICT (owner_id, id) DO UPDATE SET session_id = excluded.session_id,
      thread_id = excluded.thread_id, question_index = excluded.question_index, turn = excluded.turn,
      thread_mode = excluded.thread_mode, thread_created_at = excluded.thread_created_at,
      created_at = excluded.created_at, cost_micro_usd = excluded.cost_micro_usd, data = excluded.data`,
    [
      row.owner_id,
      row.id,
      row.session_id,
      row.thread_id,
      row.question_index,
      row.turn,
      row.thread_mode,
      row.thread_created_at,
      row.created_at,
      row.cost_micro_usd,
      row.data,
    ],
  );
}

/** The attempts of one session, by thread then turn (as threadsFromRows reads them). */
export async function attemptsOfSession(client: Queryable, ownerId: string, sessionId: string): Promise<AttemptRow[]> {
  const { rows } = await client.query<AttemptRow>(
    `SELECT ${ROW_COLUMNS} FROM practice_attempts WHERE owner_id = $1 AND session_id = $2
    ORDER BY thread_created_at, thread_id, turn`,
    [ownerId, sessionId],
  );
  return rows;
}

export async function attemptsOfThread(
  client: Queryable,
  ownerId: string,
  sessionId: string,
  threadId: string,
): Promise<AttemptRow[]> {
  const { rows } = await client.query<AttemptRow>(
    `SELECT ${ROW_COLUMNS} FROM practice_attempts WHERE owner_id = $1 AND session_id = $2 AND thread_id = $3
    ORDER BY turn`,
    [ownerId, sessionId, threadId],
  );
  return rows;
}

export async function attemptById(client: Queryable, ownerId: string, attemptId: string): Promise<AttemptRow | null> {
  const { rows } = await client.query<AttemptRow>(
    `SELECT ${ROW_COLUMNS} FROM practice_attempts WHERE owner_id = $1 AND id = $2`,
    [ownerId, attemptId],
  );
  return rows[0] ?? null;
}
