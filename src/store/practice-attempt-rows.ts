import type { Database } from 'better-sqlite3';
import { usdToMicroUsd } from '../core/cost/price-usage.js';
import {
  MAX_THREAD_ATTEMPTS,
  PracticeAttemptSchema,
  PracticeThreadSchema,
  type PracticeAttempt,
  type PracticeThread,
} from '../core/schemas/practice.js';
import { MAX_PRACTICE_THREADS } from '../core/schemas/session-limits.js';
import type { StoreLogger } from './store-logger.js';

/** A thread's own fields, repeated on each of its attempt rows. */
export type ThreadFields = Omit<PracticeThread, 'attempts'>;

export type AttemptRow = {
  id: string;
  session_id: string;
  thread_id: string;
  question_index: number;
  turn: number;
  thread_mode: PracticeThread['mode'];
  thread_created_at: string;
  created_at: string;
  cost_micro_usd: number | null;
  data: string;
};

const ROW_COLUMNS = `id, session_id, thread_id, question_index, turn, thread_mode, thread_created_at, created_at,
  cost_micro_usd, data`;

/** The statements on `practice_attempts` that both the session store and the practice store run. */
export function createAttemptStatements(db: Database) {
  return {
    /** Inserts an attempt or replaces the one with its id (which may move it to another thread). */
    upsert: db.prepare(`
      INSERT INTO practice_attempts (owner_id, ${ROW_COLUMNS})
      VALUES (@owner_id, @id, @session_id, @thread_id, @question_index, @turn, @thread_mode,
        @thread_created_at, @created_at, @cost_micro_usd, @data)
      ON CONFLICT (owner_id, id) DO UPDATE SET session_id = excluded.session_id,
        thread_id = excluded.thread_id, question_index = excluded.question_index, turn = excluded.turn,
        thread_mode = excluded.thread_mode, thread_created_at = excluded.thread_created_at,
        created_at = excluded.created_at, cost_micro_usd = excluded.cost_micro_usd, data = excluded.data`),
    ofSession: db.prepare(`
      SELECT ${ROW_COLUMNS} FROM practice_attempts WHERE owner_id = ? AND session_id = ?
      ORDER BY thread_created_at, thread_id, turn`),
    ofThread: db.prepare(`
      SELECT ${ROW_COLUMNS} FROM practice_attempts WHERE owner_id = ? AND session_id = ? AND thread_id = ?
      ORDER BY turn`),
    one: db.prepare(`SELECT ${ROW_COLUMNS} FROM practice_attempts WHERE owner_id = ? AND id = ?`),
    deleteOfSession: db.prepare('DELETE FROM practice_attempts WHERE owner_id = ? AND session_id = ?'),
    /** The cascade: attempts whose session was deleted, cleared or pruned go with it. */
    deleteOrphans: db.prepare(`
      DELETE FROM practice_attempts WHERE owner_id = @owner_id
        AND session_id NOT IN (SELECT id FROM sessions WHERE owner_id = @owner_id)`),
  };
}

/** The row of one attempt; the attempt must already be validated. */
export function toAttemptRow(ownerId: string, sessionId: string, thread: ThreadFields, attempt: PracticeAttempt) {
  const costUsd = attempt.usage?.costUsd ?? null;
  return {
    owner_id: ownerId,
    id: attempt.id,
    session_id: sessionId,
    thread_id: thread.id,
    question_index: thread.questionIndex,
    turn: attempt.turn,
    thread_mode: thread.mode,
    // Normalized so that text order is time order, as sessions.created_at.
    thread_created_at: new Date(thread.createdAt).toISOString(),
    created_at: new Date(attempt.createdAt).toISOString(),
    cost_micro_usd: costUsd === null ? null : usdToMicroUsd(costUsd),
    data: JSON.stringify(attempt),
  };
}

/** The stored attempt, or null (logged) when it no longer reads as a valid attempt. */
export function readAttempt(row: AttemptRow, logger: StoreLogger | undefined): PracticeAttempt | null {
  try {
    return PracticeAttemptSchema.parse(JSON.parse(row.data));
  } catch (error) {
    logger?.warn(
      { sessionId: row.session_id, threadId: row.thread_id, attemptId: row.id, error },
      'A stored practice attempt is unreadable; leaving it out.',
    );
    return null;
  }
}

/**
 * Threads from rows ordered by thread then turn (as `ofSession` and `ofThread` return them),
 * oldest first, each with its readable attempts in turn order. A thread left with no readable
 * attempt is left out; anything beyond the schema's bounds is left out and logged.
 */
export function threadsFromRows(rows: AttemptRow[], logger: StoreLogger | undefined): PracticeThread[] {
  const threads = new Map<string, PracticeThread>();
  for (const row of rows) {
    const attempt = readAttempt(row, logger);
    if (attempt === null) continue;
    let thread = threads.get(row.thread_id);
    if (thread === undefined) {
      thread = {
        id: row.thread_id,
        questionIndex: row.question_index,
        mode: row.thread_mode,
        createdAt: row.thread_created_at,
        attempts: [],
      };
      threads.set(row.thread_id, thread);
    }
    thread.attempts.push(attempt);
  }
  const valid = [...threads.values()]
    .map((thread) => boundedThread(thread, logger))
    .filter((thread) => thread !== null);
  if (valid.length > MAX_PRACTICE_THREADS) {
    logger?.warn(
      { threads: valid.length },
      `A session has more than ${MAX_PRACTICE_THREADS} practice threads; showing the oldest.`,
    );
  }
  return valid.slice(0, MAX_PRACTICE_THREADS);
}

function boundedThread(thread: PracticeThread, logger: StoreLogger | undefined): PracticeThread | null {
  if (thread.attempts.length > MAX_THREAD_ATTEMPTS) {
    logger?.warn(
      { threadId: thread.id, attempts: thread.attempts.length },
      'A practice thread has too many attempts; keeping the first turns.',
    );
  }
  const parsed = PracticeThreadSchema.safeParse({ ...thread, attempts: thread.attempts.slice(0, MAX_THREAD_ATTEMPTS) });
  if (!parsed.success) {
    logger?.warn(
      { threadId: thread.id, error: parsed.error },
      'A stored practice thread is unreadable; leaving it out.',
    );
    return null;
  }
  return parsed.data;
}
