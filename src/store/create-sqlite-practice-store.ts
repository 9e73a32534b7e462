import type { Database } from 'better-sqlite3';
import type { AttemptPlace, Owner, PracticeStore } from '../app/ports.js';
import type { PracticeAttempt, PracticeThread } from '../core/schemas/practice.js';
import { latestActivity } from './latest-activity.js';
import {
  createAttemptStatements,
  readAttempt,
  threadsFromRows,
  toAttemptRow,
  type AttemptRow,
} from './practice-attempt-rows.js';
import type { StoreLogger } from './store-logger.js';
import { threadForAttempt, type ThreadHead } from './thread-for-attempt.js';
import { translateTurnConflict } from './translate-turn-conflict.js';
import { validateAttempt } from './validate-attempt.js';

export type SqlitePracticeStoreOptions = {
  /** Told about stored attempts that no longer read as valid (they are left out). */
  logger?: StoreLogger;
  /** The clock (epoch ms); Date.now by default. */
  now?: () => number;
};

/**
 * A PracticeStore on an open database from openDatabase(), beside createSqliteSessionStore: an
 * attempt is saved only with an existing session of its owner, and saving one moves the session's
 * last activity forward (to the attempt's date), which is what history pruning goes by.
 */
export function createSqlitePracticeStore(db: Database, options: SqlitePracticeStoreOptions = {}): PracticeStore {
  const { logger, now = Date.now } = options;
  const attempts = createAttemptStatements(db);
  const sessionExists = db.prepare('SELECT 1 FROM sessions WHERE owner_id = ? AND id = ?').pluck();
  const threadHead = db.prepare(`
    SELECT question_index, thread_mode, thread_created_at FROM practice_attempts
    WHERE owner_id = ? AND session_id = ? AND thread_id = ? LIMIT 1`);
  const countThreads = db
    .prepare('SELECT count(DISTINCT thread_id) FROM practice_attempts WHERE owner_id = ? AND session_id = ?')
    .pluck();
  const touchSession = db.prepare(`
    UPDATE sessions SET last_activity_at = max(last_activity_at, @at) WHERE owner_id = @owner_id AND id = @id`);

  const save = db.transaction(
    (owner: Owner, place: AttemptPlace, threadMode: PracticeThread['mode'], attempt: PracticeAttempt) => {
      if (sessionExists.get(owner.ownerId, place.sessionId) === undefined) return false;
      const head = threadHead.get(owner.ownerId, place.sessionId, place.threadId) as ThreadHead | undefined;
      const threadCount = () => countThreads.get(owner.ownerId, place.sessionId) as number;
      const thread = threadForAttempt(head, threadCount, place, threadMode, attempt);
      attempts.upsert.run(toAttemptRow(owner.ownerId, place.sessionId, thread, attempt));
      touchSession.run({
        owner_id: owner.ownerId,
        id: place.sessionId,
        at: latestActivity([attempt.createdAt], now()),
      });
      return true;
    },
  );

  return {
    async saveAttempt(owner, place, threadMode, attempt) {
      const valid = validateAttempt(attempt, place);
      return translateTurnConflict(() => save.immediate(owner, place, threadMode, valid));
    },
    async findAttempt(owner, attemptId) {
      const row = attempts.one.get(owner.ownerId, attemptId) as AttemptRow | undefined;
      const attempt = row === undefined ? null : readAttempt(row, logger);
      if (row === undefined || attempt === null) return null;
      return { sessionId: row.session_id, threadId: row.thread_id, questionIndex: row.question_index, attempt };
    },
    async findThread(owner, sessionId, threadId) {
      const rows = attempts.ofThread.all(owner.ownerId, sessionId, threadId) as AttemptRow[];
      return threadsFromRows(rows, logger)[0] ?? null;
    },
  };
}
