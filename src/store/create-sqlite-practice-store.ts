import type { Database } from 'better-sqlite3';
import type { AttemptPlace, Owner, PracticeStore } from '../app/ports.js';
import { AppError } from '../core/errors.js';
import { PracticeAttemptSchema, type PracticeAttempt, type PracticeThread } from '../core/schemas/practice.js';
import { MAX_PRACTICE_THREADS } from '../core/schemas/session-limits.js';
import { latestActivity } from './latest-activity.js';
import {
  createAttemptStatements,
  readAttempt,
  threadsFromRows,
  toAttemptRow,
  type AttemptRow,
  type ThreadFields,
} from './practice-attempt-rows.js';
import type { StoreLogger } from './store-logger.js';
import { translateTurnConflict } from './translate-turn-conflict.js';

export type SqlitePracticeStoreOptions = {
  /** Told about stored attempts that no longer read as valid (they are left out). */
  logger?: StoreLogger;
  /** The clock (epoch ms); Date.now by default. */
  now?: () => number;
};

type ThreadHead = { question_index: number; thread_mode: PracticeThread['mode']; thread_created_at: string };

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
      const thread = threadFor(owner, place, threadMode, attempt);
      attempts.upsert.run(toAttemptRow(owner.ownerId, place.sessionId, thread, attempt));
      touchSession.run({
        owner_id: owner.ownerId,
        id: place.sessionId,
        at: latestActivity([attempt.createdAt], now()),
      });
      return true;
    },
  );

  /**
   * The thread the attempt joins: the stored one (whose mode stays the one it started in; each
   * attempt keeps its own), or a new one dated by this, its first attempt.
   */
  function threadFor(
    owner: Owner,
    place: AttemptPlace,
    mode: PracticeThread['mode'],
    attempt: PracticeAttempt,
  ): ThreadFields {
    const head = threadHead.get(owner.ownerId, place.sessionId, place.threadId) as ThreadHead | undefined;
    if (head === undefined) {
      if ((countThreads.get(owner.ownerId, place.sessionId) as number) >= MAX_PRACTICE_THREADS) {
        throw new AppError('invalid_input', {
          message: `A session keeps at most ${MAX_PRACTICE_THREADS} practice threads. Start a new session to practise more.`,
        });
      }
      return { id: place.threadId, questionIndex: place.questionIndex, mode, createdAt: attempt.createdAt };
    }
    if (head.question_index !== place.questionIndex) {
      throw new AppError('invalid_input', {
        message: `Practice thread ${place.threadId} is on question ${head.question_index + 1}, not ${place.questionIndex + 1}.`,
      });
    }
    return {
      id: place.threadId,
      questionIndex: head.question_index,
      mode: head.thread_mode,
      createdAt: head.thread_created_at,
    };
  }

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

function validateAttempt(attempt: PracticeAttempt, place: AttemptPlace): PracticeAttempt {
  const parsed = PracticeAttemptSchema.safeParse(attempt);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
    throw new AppError('invalid_input', {
      message: `Practice attempt "${String(attempt?.id)}" is not valid${where}: ${issue?.message ?? 'invalid'}.`,
      cause: parsed.error,
    });
  }
  if (parsed.data.threadId !== place.threadId) {
    throw new AppError('invalid_input', {
      message: `Practice attempt "${parsed.data.id}" belongs to thread ${parsed.data.threadId}, not ${place.threadId}.`,
    });
  }
  return parsed.data;
}
