import type pg from 'pg';
import type { Owner, SessionStore } from '../../app/ports.js';
import { sessionsByOwner } from '../sessions-by-owner.js';
import { SessionSchema, type Session } from '../../core/schemas/session.js';
import { threadsFromRows, toAttemptRow } from '../practice-attempt-rows.js';
import { prepareSessionImport, validateSession, type PreparedSessionImport } from '../prepare-session-import.js';
import { toSessionRow, toSummary } from '../session-rows.js';
import type { StoreLogger } from '../store-logger.js';
import { attemptsOfSession, upsertAttempt } from './attempt-statements.js';
import { pruneSessions, sessionData, sessionSummaries, upsertSession } from './session-statements.js';
import { translatePostgresTurnConflict } from './translate-postgres-turn-conflict.js';
import { READ_ONLY_SNAPSHOT, withOwnerLock, withTransaction } from './with-transaction.js';

export type PostgresSessionStoreOptions = {
  /** How many sessions each owner keeps (SESSION_HISTORY_LIMIT); 0 keeps them all. */
  historyLimit: number;
  /** Told about stored rows that no longer read as a valid session. */
  logger?: StoreLogger;
  /** The clock (epoch ms); Date.now by default. */
  now?: () => number;
};

/** The owner lock every write to an owner's sessions and attempts takes, so that pruning counts them all. */
export const SESSIONS_LOCK = 'sessions';

/**
 * A SessionStore on a pool from createPostgresPool(), on a migrated database: the SQLite store's
 * behaviour, with an import written in one transaction (so all or nothing) and attempts deleted
 * with their session by the foreign key.
 */
export function createPostgresSessionStore(pool: pg.Pool, options: PostgresSessionStoreOptions): SessionStore {
  const { historyLimit, logger, now = Date.now } = options;
  if (!Number.isInteger(historyLimit) || historyLimit < 0) {
    throw new RangeError(`historyLimit must be a whole number of at least 0 (0: unlimited), got ${historyLimit}.`);
  }
  const ownerTransaction = <T>(owner: Owner, work: (client: pg.PoolClient) => Promise<T>) =>
    withOwnerLock(pool, SESSIONS_LOCK, owner.ownerId, work);

  function readSession(id: string, data: string): Session | null {
    try {
      const parsed = SessionSchema.safeParse(JSON.parse(data));
      if (parsed.success) return parsed.data;
      logger?.warn({ sessionId: id, error: parsed.error }, 'A stored session is unreadable; treating it as missing.');
    } catch (error) {
      logger?.warn({ sessionId: id, error }, 'A stored session is unreadable; treating it as missing.');
    }
    return null;
  }

  async function importPrepared(owner: Owner, prepared: PreparedSessionImport): Promise<number> {
    const ids = prepared.sessions.map((rows) => rows.session.id);
    const kept = await translatePostgresTurnConflict(() =>
      ownerTransaction(owner, async (client) => {
        for (const { session, attempts } of prepared.sessions) {
          await upsertSession(client, { ...session, owner_id: owner.ownerId }, true);
          await client.query('DELETE FROM practice_attempts WHERE owner_id = $1 AND session_id = $2', [
            owner.ownerId,
            session.id,
          ]);
          for (const row of attempts) await upsertAttempt(client, { ...row, owner_id: owner.ownerId });
        }
        await pruneSessions(client, owner.ownerId, historyLimit, []);
        const { rows } = await client.query<{ id: string }>(
          'SELECT id FROM sessions WHERE owner_id = $1 AND id = ANY($2::text[])',
          [owner.ownerId, ids],
        );
        return new Set(rows.map((row) => row.id));
      }),
    );
    return ids.filter((id) => kept.has(id)).length;
  }

  return {
    async saveProgress(entries) {
      const valid = entries.map(({ owner, session }) => ({ owner, session: validateSession(session) }));
      if (valid.some(({ session }) => session.practice.length > 0)) {
        throw new RangeError('saveProgress writes running generations, which have no practice yet.');
      }
      for (const [ownerId, sessions] of sessionsByOwner(valid)) {
        await ownerTransaction({ ownerId }, async (client) => {
          // Bookkeeping durability, as on SQLite (decision 013): no wait for the WAL flush.
          await client.query('SET LOCAL synchronous_commit = off');
          for (const session of sessions) await upsertSession(client, toSessionRow(ownerId, session, now()), false);
          await pruneSessions(
            client,
            ownerId,
            historyLimit,
            sessions.map((session) => session.id),
          );
        });
      }
    },
    async saveSession(owner, session) {
      const valid = validateSession(session);
      await translatePostgresTurnConflict(() =>
        ownerTransaction(owner, async (client) => {
          await upsertSession(client, toSessionRow(owner.ownerId, valid, now()), false);
          for (const thread of valid.practice) {
            for (const attempt of thread.attempts)
              await upsertAttempt(client, toAttemptRow(owner.ownerId, valid.id, thread, attempt));
          }
          await pruneSessions(client, owner.ownerId, historyLimit, [valid.id]);
        }),
      );
    },
    async listSessions(owner) {
      return (await sessionSummaries(pool, owner.ownerId)).map(toSummary);
    },
    async findSession(owner, id) {
      return withTransaction(
        pool,
        async (client) => {
          const data = await sessionData(client, owner.ownerId, id);
          const session = data === null ? null : readSession(id, data);
          if (session === null) return null;
          return { ...session, practice: threadsFromRows(await attemptsOfSession(client, owner.ownerId, id), logger) };
        },
        READ_ONLY_SNAPSHOT,
      );
    },
    async deleteSession(owner, id) {
      return ownerTransaction(owner, async (client) => {
        const { rowCount } = await client.query('DELETE FROM sessions WHERE owner_id = $1 AND id = $2', [
          owner.ownerId,
          id,
        ]);
        return (rowCount ?? 0) > 0;
      });
    },
    async clearSessions(owner) {
      return ownerTransaction(owner, async (client) => {
        const { rowCount } = await client.query('DELETE FROM sessions WHERE owner_id = $1', [owner.ownerId]);
        return rowCount ?? 0;
      });
    },
    async importSessions(owner, sessions) {
      return importPrepared(owner, prepareSessionImport(owner.ownerId, sessions, now()));
    },
    importPrepared,
  };
}
