import { AppError } from '../core/errors.js';
import { SessionSchema, type Session } from '../core/schemas/session.js';
import { toAttemptRow } from './practice-attempt-rows.js';
import { toSessionRow } from './session-rows.js';

/** One session of an import as the rows the store writes: its `sessions` row and its attempts' rows. */
export type PreparedSessionRows = {
  session: ReturnType<typeof toSessionRow>;
  attempts: Array<ReturnType<typeof toAttemptRow>>;
};

/**
 * Sessions to import, validated and turned into rows, ready for SessionStore.importPrepared. Plain
 * data (strings and numbers): a worker thread prepares them, so the JSON of a 10 MB file is never
 * built on the server's event loop.
 */
export type PreparedSessionImport = { sessions: PreparedSessionRows[] };

/**
 * Validates each session (AppError('invalid_input') naming the first bad one) and builds its rows.
 * Also refuses, before anything is written, a thread that answers one turn twice (the uniqueness
 * SQLite would refuse half-way), so that an import written in several transactions is refused whole.
 */
export function prepareSessionImport(
  ownerId: string,
  sessions: readonly Session[],
  nowMs: number,
): PreparedSessionImport {
  return {
    sessions: sessions.map((session) => {
      const valid = validateSession(session);
      const attempts = valid.practice.flatMap((thread) =>
        thread.attempts.map((attempt) => toAttemptRow(ownerId, valid.id, thread, attempt)),
      );
      refuseTurnAnsweredTwice(attempts);
      return { session: toSessionRow(ownerId, valid, nowMs), attempts };
    }),
  };
}

/** The session as the store keeps it, or AppError('invalid_input') saying where it is wrong. */
export function validateSession(session: Session): Session {
  const parsed = SessionSchema.safeParse(session);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
  throw new AppError('invalid_input', {
    message: `Session "${String(session?.id)}" is not a valid session${where}: ${issue?.message ?? 'invalid'}.`,
    cause: parsed.error,
  });
}

/** The same message translateTurnConflict gives when SQLite refuses it. */
function refuseTurnAnsweredTwice(attempts: ReadonlyArray<ReturnType<typeof toAttemptRow>>): void {
  // An attempt id given twice is one row, written last by its last occurrence.
  const placeOf = new Map(attempts.map((row) => [row.id, `${row.thread_id}\u0000${row.turn}`]));
  if (new Set(placeOf.values()).size < placeOf.size)
    throw new AppError('invalid_input', { message: 'Two attempts of one practice thread answer the same turn.' });
}
