import { AppError } from '../../core/errors.js';
import { sessionsToJson } from '../../core/export/session-to-json.js';
import type { ImportAnswer } from '../../core/schemas/api.js';
import type { Session, SessionSummary } from '../../core/schemas/session.js';
import { renderSessionExport, type ExportFormat, type RenderedExport } from '../export/render-session-export.js';
import type { Owner, SessionStore } from '../ports.js';
import { readImportFileInWorker } from './read-import-file-in-worker.js';

export type HistoryService = {
  list(owner: Owner): Promise<SessionSummary[]>;
  /** The session, or AppError('not_found'). */
  require(owner: Owner, id: string): Promise<Session>;
  /** Deletes one session, or throws AppError('not_found'). */
  remove(owner: Owner, id: string): Promise<void>;
  clear(owner: Owner): Promise<number>;
  /** One session rendered in an export format. */
  exportSession(owner: Owner, id: string, format: ExportFormat): Promise<RenderedExport>;
  /** Every session of the owner as one export file (the one import reads). */
  exportAll(owner: Owner): Promise<RenderedExport>;
  /**
   * Imports an export file from its bytes, read off the event loop; a bad file is
   * AppError('invalid_input'), on `file` when the file is JSON but not a valid export.
   */
  importFile(owner: Owner, bytes: Uint8Array): Promise<ImportAnswer>;
};

const NOT_FOUND_MESSAGE = 'That session does not exist; it may have been deleted or pruned from history.';

/** The history use cases: list, open, delete, export and import saved sessions. */
export function createHistoryService(
  sessions: SessionStore,
  options: { historyLimit: number; now?: () => number },
): HistoryService {
  const now = options.now ?? Date.now;
  async function requireSession(owner: Owner, id: string): Promise<Session> {
    const session = await sessions.findSession(owner, id);
    if (!session) throw new AppError('not_found', { message: NOT_FOUND_MESSAGE });
    return session;
  }

  return {
    list: (owner) => sessions.listSessions(owner),
    require: requireSession,
    async remove(owner, id) {
      if (!(await sessions.deleteSession(owner, id))) throw new AppError('not_found', { message: NOT_FOUND_MESSAGE });
    },
    clear: (owner) => sessions.clearSessions(owner),
    async exportSession(owner, id, format) {
      return renderSessionExport(await requireSession(owner, id), format);
    },
    async exportAll(owner) {
      const all: Session[] = [];
      for (const summary of await sessions.listSessions(owner)) {
        const session = await sessions.findSession(owner, summary.id);
        if (session) all.push(session);
      }
      const date = new Date().toISOString().slice(0, 10);
      return {
        contentType: 'application/json; charset=utf-8',
        filename: `interview-prep-history_${date}.json`,
        body: sessionsToJson(all),
      };
    },
    async importFile(owner, bytes) {
      const reading = await readImportFileInWorker({ bytes, ownerId: owner.ownerId, nowMs: now() });
      if (!reading.ok) throw new AppError('invalid_input', { message: reading.message, field: reading.field });
      // Sessions older than the newest `historyLimit` are pruned at once: the answer says so.
      const imported = await sessions.importPrepared(owner, reading.prepared);
      return {
        imported,
        received: reading.received,
        historyLimit: options.historyLimit,
        clampedToNow: reading.clampedToNow,
      };
    },
  };
}
