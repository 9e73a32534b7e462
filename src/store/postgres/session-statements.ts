import type { PreparedSessionRows } from '../prepare-session-import.js';
import type { SummaryRow } from '../session-rows.js';
import type { Queryable } from './with-transaction.js';

type SessionRow = PreparedSessionRows['session'];

/**
 * Inserts a session or replaces the one with its id. Saving again keeps its latest activity (its
 * attempts stay); an import (`replacePractice`) takes the file's.
 */
export async function upsertSession(client: Queryable, row: SessionRow, replacePractice: boolean): Promise<void> {
  await client.query(
    `INSERT INTO sessions (owner_id, id, created_at, last_activity_at, title, status, interview_type,
      experience_level, technique, model, question_count, cost_micro_usd, data)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
    ON CONFLICT (owner_id, id) DO UPDATE SET created_at = excluded.created_at,
      last_activity_at = CASE WHEN $14 THEN excluded.last_activity_at
        ELSE greatest(sessions.last_activity_at, excluded.last_activity_at) END,
      title = excluded.title, status = excluded.status, interview_type = excluded.interview_type,
      experience_level = excluded.experience_level, technique = excluded.technique,
      model = excluded.model, question_count = excluded.question_count,
      cost_micro_usd = excluded.cost_micro_usd, data = excluded.data`,
    [
      row.owner_id,
      row.id,
      row.created_at,
      row.last_activity_at,
      withoutNul(row.title),
      row.status,
      row.interview_type,
      row.experience_level,
      row.technique,
      withoutNul(row.model),
      row.question_count,
      row.cost_micro_usd,
      row.data,
      replacePractice,
    ],
  );
}

/**
 * Deletes the owner's sessions beyond the newest `historyLimit` by last activity (0: none), their
 * attempts with them; `keepIds` (the sessions just saved) always count among the kept ones.
 */
export async function pruneSessions(
  client: Queryable,
  ownerId: string,
  historyLimit: number,
  keepIds: readonly string[],
): Promise<void> {
  if (historyLimit === 0) return;
  await client.query(
    `DELETE FROM sessions WHERE owner_id = $1 AND seq NOT IN
      (SELECT seq FROM sessions WHERE owner_id = $1
        ORDER BY id = ANY($2::text[]) DESC, last_activity_at DESC, created_at DESC, seq DESC
        LIMIT $3)`,
    [ownerId, keepIds, historyLimit],
  );
}

/** The owner's history list, newest first, with what each session's attempts cost. */
export async function sessionSummaries(client: Queryable, ownerId: string): Promise<SummaryRow[]> {
  const { rows } = await client.query<SummaryRow>(
    `SELECT id, created_at, title, status, interview_type, experience_level, technique, model,
      question_count, cost_micro_usd,
      (SELECT sum(attempt.cost_micro_usd) FROM practice_attempts AS attempt
        WHERE attempt.owner_id = sessions.owner_id AND attempt.session_id = sessions.id) AS practice_cost_micro_usd
    FROM sessions WHERE owner_id = $1 ORDER BY created_at DESC, seq DESC`,
    [ownerId],
  );
  return rows;
}

/** The stored JSON of one session, or null. */
export async function sessionData(client: Queryable, ownerId: string, id: string): Promise<string | null> {
  const { rows } = await client.query<{ data: string }>(
    'SELECT data::text AS data FROM sessions WHERE owner_id = $1 AND id = $2',
    [ownerId, id],
  );
  return rows[0]?.data ?? null;
}

/** PostgreSQL text cannot hold U+0000; the JSON keeps it (escaped), the list column drops it. */
function withoutNul(text: string): string {
  return text.replaceAll('\u0000', '');
}
