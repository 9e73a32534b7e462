import type { Database } from 'better-sqlite3';
import type { SessionStore } from '../app/ports.js';
import { microUsdToUsd, usdToMicroUsd } from '../core/cost/price-usage.js';
import { AppError } from '../core/errors.js';
import { SessionSchema, type Session, type SessionSummary } from '../core/schemas/session.js';
import { FUTURE_DATE_SLACK_MS } from '../core/schemas/session-limits.js';
import { titleFromJobDescription } from '../core/sessions/title-from-job-description.js';

/** The part of a pino logger the store uses. */
export type StoreLogger = { warn: (details: object, message: string) => void };

export type SqliteSessionStoreOptions = {
  /** How many sessions each owner keeps (SESSION_HISTORY_LIMIT); older ones are pruned on save. */
  historyLimit: number;
  /** Told about stored rows that no longer read as a valid session, and about dates brought back to now. */
  logger?: StoreLogger;
  /** The clock (epoch ms); Date.now by default. */
  now?: () => number;
};

type SummaryRow = {
  id: string;
  created_at: string;
  title: string;
  status: SessionSummary['status'];
  interview_type: SessionSummary['interviewType'];
  experience_level: SessionSummary['experienceLevel'];
  technique: SessionSummary['technique'];
  model: string;
  question_count: number;
  cost_micro_usd: number | null;
};

/** A SessionStore on an open database from openDatabase(). */
export function createSqliteSessionStore(db: Database, options: SqliteSessionStoreOptions): SessionStore {
  const { historyLimit, logger, now = Date.now } = options;
  if (!Number.isInteger(historyLimit) || historyLimit < 1) {
    throw new RangeError(`historyLimit must be a whole number of at least 1, got ${historyLimit}.`);
  }

  const upsert = db.prepare(`
    INSERT INTO sessions (owner_id, id, created_at, title, status, interview_type, experience_level,
      technique, model, question_count, cost_micro_usd, data)
    VALUES (@owner_id, @id, @created_at, @title, @status, @interview_type, @experience_level,
      @technique, @model, @question_count, @cost_micro_usd, @data)
    ON CONFLICT (owner_id, id) DO UPDATE SET created_at = excluded.created_at, title = excluded.title,
      status = excluded.status, interview_type = excluded.interview_type,
      experience_level = excluded.experience_level, technique = excluded.technique,
      model = excluded.model, question_count = excluded.question_count,
      cost_micro_usd = excluded.cost_micro_usd, data = excluded.data`);
  // `keep_id` (the session saveSession just wrote, or null) always counts among the kept ones: a
  // history full of sessions dated later would otherwise prune a new generation by its own save.
  const prune = db.prepare(`
    DELETE FROM sessions WHERE owner_id = @owner_id AND seq NOT IN
      (SELECT seq FROM sessions WHERE owner_id = @owner_id
        ORDER BY id IS @keep_id DESC, created_at DESC, seq DESC LIMIT @limit)`);
  const list = db.prepare(`
    SELECT id, created_at, title, status, interview_type, experience_level, technique, model,
      question_count, cost_micro_usd
    FROM sessions WHERE owner_id = ? ORDER BY created_at DESC, seq DESC`);
  const find = db.prepare('SELECT data FROM sessions WHERE owner_id = ? AND id = ?').pluck();
  const exists = db.prepare('SELECT 1 FROM sessions WHERE owner_id = ? AND id = ?').pluck();
  const remove = db.prepare('DELETE FROM sessions WHERE owner_id = ? AND id = ?');
  const clear = db.prepare('DELETE FROM sessions WHERE owner_id = ?');
  const countFutureDates = db.prepare('SELECT count(*) FROM sessions WHERE created_at > ?').pluck();
  const bringBackFutureDates = db.prepare(`
    UPDATE sessions SET created_at = @now, data = json_set(data, '$.createdAt', @now) WHERE created_at > @latest`);

  // Sessions dated in the future (imported before imports were clamped, or saved under a clock set
  // ahead) would outrank every new generation for good: they are dated now, once, when the store opens.
  // Read first, so that opening a store (every CLI command) takes no write lock when nothing is wrong.
  const openedAt = now();
  const latest = new Date(openedAt + FUTURE_DATE_SLACK_MS).toISOString();
  if ((countFutureDates.get(latest) as number) > 0) {
    const changed = bringBackFutureDates.run({ now: new Date(openedAt).toISOString(), latest }).changes;
    logger?.warn({ sessions: changed }, 'Sessions dated in the future were dated now.');
  }

  const saveAll = db.transaction((ownerId: string, sessions: Session[], keepId: string | null) => {
    for (const session of sessions) upsert.run(toRow(ownerId, session));
    prune.run({ owner_id: ownerId, limit: historyLimit, keep_id: keepId });
    return sessions.filter((session) => exists.get(ownerId, session.id) !== undefined).length;
  });

  return {
    async saveSession(owner, session) {
      const valid = validate(session);
      saveAll.immediate(owner.ownerId, [valid], valid.id);
    },
    async listSessions(owner) {
      return (list.all(owner.ownerId) as SummaryRow[]).map(toSummary);
    },
    async findSession(owner, id) {
      const data = find.get(owner.ownerId, id) as string | undefined;
      if (data === undefined) return null;
      try {
        return SessionSchema.parse(JSON.parse(data));
      } catch (error) {
        logger?.warn({ sessionId: id, error }, 'A stored session is unreadable; treating it as missing.');
        return null;
      }
    },
    async deleteSession(owner, id) {
      return remove.run(owner.ownerId, id).changes > 0;
    },
    async clearSessions(owner) {
      return clear.run(owner.ownerId).changes;
    },
    async importSessions(owner, sessions) {
      return saveAll.immediate(owner.ownerId, sessions.map(validate), null);
    },
  };
}

function validate(session: Session): Session {
  const parsed = SessionSchema.safeParse(session);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
  throw new AppError('invalid_input', {
    message: `Session "${String(session?.id)}" is not a valid session${where}: ${issue?.message ?? 'invalid'}.`,
    cause: parsed.error,
  });
}

function toRow(ownerId: string, session: Session) {
  const costUsd = session.usage?.costUsd ?? null;
  return {
    owner_id: ownerId,
    id: session.id,
    // Normalized so that text order is time order ("…00Z" would sort after "…00.500Z").
    created_at: new Date(session.createdAt).toISOString(),
    title: summaryTitle(session),
    status: session.status,
    interview_type: session.request.interviewType,
    experience_level: session.request.experienceLevel,
    technique: session.request.technique,
    model: session.model,
    question_count: session.result.questions.length,
    cost_micro_usd: costUsd === null ? null : usdToMicroUsd(costUsd),
    data: JSON.stringify(session),
  };
}

function summaryTitle(session: Session): string {
  return session.title.trim() || titleFromJobDescription(session.request.jobDescription);
}

function toSummary(row: SummaryRow): SessionSummary {
  return {
    id: row.id,
    createdAt: row.created_at,
    title: row.title,
    status: row.status,
    interviewType: row.interview_type,
    experienceLevel: row.experience_level,
    technique: row.technique,
    model: row.model,
    questionCount: row.question_count,
    costUsd: row.cost_micro_usd === null ? null : microUsdToUsd(row.cost_micro_usd),
  };
}
