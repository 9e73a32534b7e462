import type { Session, SessionSummary } from '../core/schemas/session.js';

/**
 * Where sessions are kept. The server and the UI depend only on this interface, so another
 * engine (PostgreSQL for a shared deployment) can be added by implementing it. Methods return
 * promises for that reason, even though the SQLite implementation finishes synchronously:
 * when a returned promise resolves, the change is committed to disk.
 */
export interface SessionStore {
  /** Validates and saves (inserts or replaces by id) a session, then prunes the oldest beyond the history limit. */
  saveSession(session: Session): Promise<void>;
  /** The kept sessions, newest first. */
  listSessions(): Promise<SessionSummary[]>;
  /** The whole session, or null when unknown (or unreadable). */
  findSession(id: string): Promise<Session | null>;
  /** Deletes one session; false when it did not exist. */
  deleteSession(id: string): Promise<boolean>;
  /** Deletes every session; returns how many there were. */
  clearSessions(): Promise<number>;
  /**
   * Validates and saves sessions all at once (replacing any with the same id), then prunes.
   * Returns how many of them are in the history afterwards: an imported session older than
   * the newest SESSION_HISTORY_LIMIT ones is pruned straight away.
   */
  importSessions(sessions: Session[]): Promise<number>;
}
