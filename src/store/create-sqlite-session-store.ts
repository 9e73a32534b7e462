import type { Database } from 'better-sqlite3';
import { AppError } from '../core/errors.js';
import { SessionSchema, type Session, type SessionSummary } from '../core/schemas/session.js';
import type { SessionStore } from './session-store.js';
import { titleFromJobDescription } from '../core/sessions/title-from-job-description.js';

/** The part of a pino logger the store uses. */
export type StoreLogger = { warn: (details: object, message: string) => void };

export type SqliteSessionStoreOptions = {
  /** How many sessions to keep (SESSION_HISTORY_LIMIT); older ones are pruned on save. */
  historyLimit: number;
  /** Told about stored rows that no longer read as a valid session. */
  logger?: StoreLogger;
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
  cost_usd: number | null;
};

const MICRO_USD_PER_USD = 1_000_000;

/** A SessionStore on an open database from openDatabase(). */
export function createSqliteSessionStore(db: Database, options: SqliteSessionStoreOptions): SessionStore {
  const { historyLimit, logger } = options;
  if (!Number.isInteger(historyLimit) || historyLimit < 1) {
    throw new RangeError(`historyLimit must be a whole number of at least 1, got ${historyLimit}.`);
  }

  const upsert = db.prepare(`
    INSERT INTO sessions (id, created_at, title, status, interview_type, experience_level,
      technique, model, question_count, cost_micro_usd, data)
    VALUES (@id, @created_at, @title, @status, @interview_type, @experience_level,
      @technique, @model, @question_count, @cost_micro_usd, @data)
    ON CONFLICT (id) DO UPDATE SET created_at = excluded.created_at, title = excluded.title,
      status = excluded.status, interview_type = excluded.interview_type,
      experience_level = excluded.experience_level, technique = excluded.technique,
      model = excluded.model, question_count = excluded.question_count,
      cost_micro_usd = excluded.cost_micro_usd, data = excluded.data`);
  const prune = db.prepare(`
    DELETE FROM sessions WHERE seq NOT IN
      (SELECT seq FROM sessions ORDER BY created_at DESC, seq DESC LIMIT ?)`);
  const list = db.prepare(`
    SELECT id, created_at, title, status, interview_type, experience_level, technique, model,
      question_count, json_extract(data, '$.usage.costUsd') AS cost_usd
    FROM sessions ORDER BY created_at DESC, seq DESC`);
  const find = db.prepare('SELECT data FROM sessions WHERE id = ?').pluck();
  const exists = db.prepare('SELECT 1 FROM sessions WHERE id = ?').pluck();
  const remove = db.prepare('DELETE FROM sessions WHERE id = ?');
  const clear = db.prepare('DELETE FROM sessions');

  const saveAll = db.transaction((sessions: Session[]) => {
    for (const session of sessions) upsert.run(toRow(session));
    prune.run(historyLimit);
    return sessions.filter((session) => exists.get(session.id) !== undefined).length;
  });

  return {
    async saveSession(session) {
      saveAll.immediate([validate(session)]);
    },
    async listSessions() {
      return (list.all() as SummaryRow[]).map(toSummary);
    },
    async findSession(id) {
      const data = find.get(id) as string | undefined;
      if (data === undefined) return null;
      try {
        return SessionSchema.parse(JSON.parse(data));
      } catch (error) {
        logger?.warn({ sessionId: id, error }, 'A stored session is unreadable; treating it as missing.');
        return null;
      }
    },
    async deleteSession(id) {
      return remove.run(id).changes > 0;
    },
    async clearSessions() {
      return clear.run().changes;
    },
    async importSessions(sessions) {
      return saveAll.immediate(sessions.map(validate));
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

function toRow(session: Session) {
  const costUsd = session.usage?.costUsd ?? null;
  return {
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
    cost_micro_usd: costUsd === null ? null : Math.round(costUsd * MICRO_USD_PER_USD),
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
    costUsd: row.cost_usd,
  };
}
