import type pg from 'pg';
import type { AttemptPlace, Owner, PracticeStore } from '../../app/ports.js';
import type { PracticeAttempt, PracticeThread } from '../../core/schemas/practice.js';
import { latestActivity } from '../latest-activity.js';
import { readAttempt, threadsFromRows, toAttemptRow } from '../practice-attempt-rows.js';
import type { StoreLogger } from '../store-logger.js';
import { threadForAttempt, type ThreadHead } from '../thread-for-attempt.js';
import { validateAttempt } from '../validate-attempt.js';
import { attemptById, attemptsOfThread, upsertAttempt } from './attempt-statements.js';
import { SESSIONS_LOCK } from './create-postgres-session-store.js';
import { translatePostgresTurnConflict } from './translate-postgres-turn-conflict.js';
import { withOwnerLock } from './with-transaction.js';

export type PostgresPracticeStoreOptions = {
  /** Told about stored attempts that no longer read as valid (they are left out). */
  logger?: StoreLogger;
  /** The clock (epoch ms); Date.now by default. */
  now?: () => number;
};

/** What threadForAttempt needs to know of the thread and its session. */
type ThreadState = { head: ThreadHead | undefined; threadCount: number };

/**
 * A PracticeStore on a pool from createPostgresPool(), beside createPostgresSessionStore, with the
 * SQLite store's behaviour: an attempt is saved only with an existing session of its owner, and
 * saving one moves the session's last activity forward (what history pruning goes by).
 */
export function createPostgresPracticeStore(pool: pg.Pool, options: PostgresPracticeStoreOptions = {}): PracticeStore {
  const { logger, now = Date.now } = options;

  async function save(
    client: pg.PoolClient,
    owner: Owner,
    place: AttemptPlace,
    threadMode: PracticeThread['mode'],
    attempt: PracticeAttempt,
  ): Promise<boolean> {
    const session = await client.query('SELECT 1 FROM sessions WHERE owner_id = $1 AND id = $2', [
      owner.ownerId,
      place.sessionId,
    ]);
    if (session.rowCount === 0) return false;
    const { head, threadCount } = await threadState(client, owner, place);
    const thread = threadForAttempt(head, () => threadCount, place, threadMode, attempt);
    await upsertAttempt(client, toAttemptRow(owner.ownerId, place.sessionId, thread, attempt));
    await client.query(
      `UPDATE sessions SET last_activity_at = greatest(last_activity_at, $3) WHERE owner_id = $1 AND id = $2`,
      [owner.ownerId, place.sessionId, latestActivity([attempt.createdAt], now())],
    );
    return true;
  }

  return {
    async saveAttempt(owner, place, threadMode, attempt) {
      const valid = validateAttempt(attempt, place);
      return translatePostgresTurnConflict(() =>
        withOwnerLock(pool, SESSIONS_LOCK, owner.ownerId, (client) => save(client, owner, place, threadMode, valid)),
      );
    },
    async findAttempt(owner, attemptId) {
      const row = await attemptById(pool, owner.ownerId, attemptId);
      const attempt = row === null ? null : readAttempt(row, logger);
      if (row === null || attempt === null) return null;
      return { sessionId: row.session_id, threadId: row.thread_id, questionIndex: row.question_index, attempt };
    },
    async findThread(owner, sessionId, threadId) {
      const rows = await attemptsOfThread(pool, owner.ownerId, sessionId, threadId);
      return threadsFromRows(rows, logger)[0] ?? null;
    },
  };
}

/** The thread's stored fields (undefined for a new thread) and, for a new one, how many threads the session has. */
async function threadState(client: pg.PoolClient, owner: Owner, place: AttemptPlace): Promise<ThreadState> {
  const heads = await client.query<ThreadHead>(
    `SELECT question_index, thread_mode, thread_created_at FROM practice_attempts
    WHERE owner_id = $1 AND session_id = $2 AND thread_id = $3 LIMIT 1`,
    [owner.ownerId, place.sessionId, place.threadId],
  );
  if (heads.rows[0] !== undefined) return { head: heads.rows[0], threadCount: 0 };
  const counts = await client.query<{ count: number }>(
    'SELECT count(DISTINCT thread_id) AS count FROM practice_attempts WHERE owner_id = $1 AND session_id = $2',
    [owner.ownerId, place.sessionId],
  );
  return { head: undefined, threadCount: counts.rows[0]?.count ?? 0 };
}
