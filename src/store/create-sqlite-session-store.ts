import type { Database } from 'better-sqlite3';
import type { OwnedSession, Owner, SessionStore } from '../app/ports.js';
import { SessionSchema, type Session } from '../core/schemas/session.js';
import { FUTURE_DATE_SLACK_MS } from '../core/schemas/session-limits.js';
import { createAttemptStatements, threadsFromRows, toAttemptRow, type AttemptRow } from './practice-attempt-rows.js';
import {
  prepareSessionImport,
  validateSession,
  type PreparedSessionImport,
  type PreparedSessionRows,
} from './prepare-session-import.js';
import { createRelaxedCommit } from './relaxed-commit.js';
import { sessionsByOwner } from './sessions-by-owner.js';
import { toSessionRow, toSummary, type SummaryRow } from './session-rows.js';
import type { StoreLogger } from './store-logger.js';
import { translateTurnConflict } from './translate-turn-conflict.js';

export type { StoreLogger } from './store-logger.js';

export type SqliteSessionStoreOptions = {
  /** How many sessions each owner keeps (SESSION_HISTORY_LIMIT); older ones are pruned on save. */
  historyLimit: number;
  /** Told about stored rows that no longer read as a valid session, and about dates brought back to now. */
  logger?: StoreLogger;
  /** The clock (epoch ms); Date.now by default. */
  now?: () => number;
};

/**
 * A SessionStore on an open database from openDatabase(). A session's practice threads live in
 * `practice_attempts`: read back into `session.practice`, deleted with the session.
 */
export function createSqliteSessionStore(db: Database, options: SqliteSessionStoreOptions): SessionStore {
  const { historyLimit, logger, now = Date.now } = options;
  if (!Number.isInteger(historyLimit) || historyLimit < 1) {
    throw new RangeError(`historyLimit must be a whole number of at least 1, got ${historyLimit}.`);
  }

  // Saving a session again keeps its latest activity; an import replaces it with the file's.
  const upsert = db.prepare(`
    INSERT INTO sessions (owner_id, id, created_at, last_activity_at, title, status, interview_type,
      experience_level, technique, model, question_count, cost_micro_usd, data)
    VALUES (@owner_id, @id, @created_at, @last_activity_at, @title, @status, @interview_type,
      @experience_level, @technique, @model, @question_count, @cost_micro_usd, @data)
    ON CONFLICT (owner_id, id) DO UPDATE SET created_at = excluded.created_at,
      last_activity_at = CASE WHEN @replace_practice THEN excluded.last_activity_at
        ELSE max(last_activity_at, excluded.last_activity_at) END,
      title = excluded.title, status = excluded.status, interview_type = excluded.interview_type,
      experience_level = excluded.experience_level, technique = excluded.technique,
      model = excluded.model, question_count = excluded.question_count,
      cost_micro_usd = excluded.cost_micro_usd, data = excluded.data`);
  // `keep_ids` (a JSON array: the sessions just written) always count among the kept ones: a
  // history full of sessions dated later would otherwise prune a new generation by its own save.
  // Pruning goes by last activity, so a session being practised is not pruned as old.
  const prune = db.prepare(`
    DELETE FROM sessions WHERE owner_id = @owner_id AND seq NOT IN
      (SELECT seq FROM sessions WHERE owner_id = @owner_id
        ORDER BY id IN (SELECT value FROM json_each(@keep_ids)) DESC, last_activity_at DESC, created_at DESC, seq DESC LIMIT @limit)`);
  const list = db.prepare(`
    SELECT id, created_at, title, status, interview_type, experience_level, technique, model,
      question_count, cost_micro_usd,
      (SELECT sum(attempt.cost_micro_usd) FROM practice_attempts AS attempt
        WHERE attempt.owner_id = sessions.owner_id AND attempt.session_id = sessions.id) AS practice_cost_micro_usd
    FROM sessions WHERE owner_id = ? ORDER BY created_at DESC, seq DESC`);
  const find = db.prepare('SELECT data FROM sessions WHERE owner_id = ? AND id = ?').pluck();
  const exists = db.prepare('SELECT 1 FROM sessions WHERE owner_id = ? AND id = ?').pluck();
  const countOf = db.prepare('SELECT count(*) FROM sessions WHERE owner_id = ?').pluck();
  const remove = db.prepare('DELETE FROM sessions WHERE owner_id = ? AND id = ?');
  const clear = db.prepare('DELETE FROM sessions WHERE owner_id = ?');
  const attempts = createAttemptStatements(db);

  bringBackFutureDates(db, now(), logger);

  // An import is written in transactions of about IMPORT_CHUNK_CHARS of JSON, the event loop free
  // in between; what the last one prunes and counts covers them all.
  const writeImportChunk = db.transaction((ownerId: string, chunk: readonly PreparedSessionRows[]) => {
    for (const { session, attempts: rows } of chunk) {
      upsert.run({ ...session, owner_id: ownerId, replace_practice: 1 });
      attempts.deleteOfSession.run(ownerId, session.id);
      for (const row of rows) attempts.upsert.run({ ...row, owner_id: ownerId, session_id: session.id });
    }
  });
  const finishImport = db.transaction((ownerId: string, ids: readonly string[]) => {
    prune.run({ owner_id: ownerId, limit: historyLimit, keep_ids: '[]' });
    attempts.deleteOrphans.run({ owner_id: ownerId });
    return ids.filter((id) => exists.get(ownerId, id) !== undefined).length;
  });

  // Sorting the owner's history to prune it is the costly part of a save: only when it is over the limit.
  const pruneBeyondLimit = (ownerId: string, keepIds: readonly string[]) => {
    if ((countOf.get(ownerId) as number) <= historyLimit) return;
    if (prune.run({ owner_id: ownerId, limit: historyLimit, keep_ids: JSON.stringify(keepIds) }).changes > 0) {
      attempts.deleteOrphans.run({ owner_id: ownerId });
    }
  };
  const saveOne = db.transaction((ownerId: string, session: Session) => {
    upsert.run({ ...toSessionRow(ownerId, session, now()), replace_practice: 0 });
    for (const thread of session.practice) {
      for (const attempt of thread.attempts) attempts.upsert.run(toAttemptRow(ownerId, session.id, thread, attempt));
    }
    pruneBeyondLimit(ownerId, [session.id]);
  });
  // Pruned once per owner after every row is in, so that no session of the batch prunes another.
  const saveMany = db.transaction((entries: readonly OwnedSession[]) => {
    for (const { owner, session } of entries) {
      upsert.run({ ...toSessionRow(owner.ownerId, session, now()), replace_practice: 0 });
    }
    for (const [ownerId, sessions] of sessionsByOwner(entries)) {
      pruneBeyondLimit(
        ownerId,
        sessions.map((session) => session.id),
      );
    }
  });
  const commitRelaxed = createRelaxedCommit(db);
  const findWithPractice = db.transaction((ownerId: string, id: string): Session | null => {
    const data = find.get(ownerId, id) as string | undefined;
    if (data === undefined) return null;
    const parsed = SessionSchema.safeParse(JSON.parse(data));
    if (!parsed.success) {
      logger?.warn({ sessionId: id, error: parsed.error }, 'A stored session is unreadable; treating it as missing.');
      return null;
    }
    return { ...parsed.data, practice: threadsFromRows(attempts.ofSession.all(ownerId, id) as AttemptRow[], logger) };
  });
  const removeWithPractice = db.transaction((ownerId: string, id: string) => {
    attempts.deleteOfSession.run(ownerId, id);
    return remove.run(ownerId, id).changes > 0;
  });
  const clearWithPractice = db.transaction((ownerId: string) => {
    const count = clear.run(ownerId).changes;
    attempts.deleteOrphans.run({ owner_id: ownerId });
    return count;
  });

  async function importPrepared(owner: Owner, prepared: PreparedSessionImport): Promise<number> {
    for (const chunk of chunksOf(prepared.sessions)) {
      translateTurnConflict(() => writeImportChunk.immediate(owner.ownerId, chunk));
      await new Promise((resolve) => setImmediate(resolve));
    }
    const ids = prepared.sessions.map((rows) => rows.session.id);
    return finishImport.immediate(owner.ownerId, ids);
  }

  return {
    async saveSession(owner, session) {
      const valid = validateSession(session);
      translateTurnConflict(() => saveOne.immediate(owner.ownerId, valid));
    },
    async saveProgress(entries) {
      const valid = entries.map(({ owner, session }) => ({ owner, session: validateSession(session) }));
      if (valid.some(({ session }) => session.practice.length > 0)) {
        throw new RangeError('saveProgress writes running generations, which have no practice yet.');
      }
      commitRelaxed(saveMany, valid);
    },
    async listSessions(owner) {
      return (list.all(owner.ownerId) as SummaryRow[]).map(toSummary);
    },
    async findSession(owner, id) {
      try {
        return findWithPractice(owner.ownerId, id);
      } catch (error) {
        logger?.warn({ sessionId: id, error }, 'A stored session is unreadable; treating it as missing.');
        return null;
      }
    },
    async deleteSession(owner, id) {
      return removeWithPractice.immediate(owner.ownerId, id);
    },
    async clearSessions(owner) {
      return clearWithPractice.immediate(owner.ownerId);
    },
    async importSessions(owner, sessions) {
      return importPrepared(owner, prepareSessionImport(owner.ownerId, sessions, now()));
    },
    importPrepared,
  };
}

/**
 * Sessions dated in the future (imported before imports were clamped, or saved under a clock set
 * ahead) would outrank every new generation for good: they are dated now, once, when the store
 * opens. Read first, so that opening a store (every CLI command) takes no write lock when nothing
 * is wrong.
 */
function bringBackFutureDates(db: Database, openedAt: number, logger: StoreLogger | undefined): void {
  const latest = new Date(openedAt + FUTURE_DATE_SLACK_MS).toISOString();
  const future = db
    .prepare('SELECT count(*) FROM sessions WHERE created_at > @latest OR last_activity_at > @latest')
    .pluck()
    .get({ latest }) as number;
  if (future === 0) return;
  const dates = { now: new Date(openedAt).toISOString(), latest };
  const changed = db.transaction(() => {
    const created = db
      .prepare(
        `UPDATE sessions SET created_at = @now, data = json_set(data, '$.createdAt', @now) WHERE created_at > @latest`,
      )
      .run(dates).changes;
    db.prepare('UPDATE sessions SET last_activity_at = @now WHERE last_activity_at > @latest').run(dates);
    return created;
  });
  const redated = changed.immediate();
  if (redated > 0) logger?.warn({ sessions: redated }, 'Sessions dated in the future were dated now.');
}

/** About 500 kB of JSON per transaction: a few milliseconds of SQLite each. */
const IMPORT_CHUNK_CHARS = 500_000;

function* chunksOf(sessions: readonly PreparedSessionRows[]): Generator<PreparedSessionRows[]> {
  let chunk: PreparedSessionRows[] = [];
  let chars = 0;
  for (const rows of sessions) {
    chunk.push(rows);
    chars += rows.session.data.length + rows.attempts.reduce((sum, attempt) => sum + attempt.data.length, 0);
    if (chars >= IMPORT_CHUNK_CHARS) {
      yield chunk;
      chunk = [];
      chars = 0;
    }
  }
  if (chunk.length > 0) yield chunk;
}
