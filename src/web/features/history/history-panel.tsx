import { useState, type ChangeEvent } from 'react';
import type { SessionAnswer } from '../../../core/schemas/api.js';
import { ErrorBanner } from '../../components/error-banner.js';
import { isApiError } from '../../lib/api-error.js';
import { ConfirmButton } from './confirm-button.js';
import { HistoryItem } from './history-item.js';
import { getSession } from '../../lib/api-client.js';
import { EXPORT_ALL_URL } from './sessions-api.js';
import type { HistoryState } from './use-history.js';

type HistoryPanelProps = {
  history: HistoryState;
  /** SESSION_HISTORY_LIMIT: how many sessions are kept (0: all, team mode only). */
  limit: number;
  /** Where they are kept: on this computer (single-user mode), or on the server for this account. */
  mode: 'local' | 'team';
  onOpen: (session: SessionAnswer) => void | Promise<void>;
  /** The pointer or the focus is on a session's title: what shows it can start loading. */
  onOpenIntent?: () => void;
};

/** Saved sessions: open, delete, clear, export all, import. */
export function HistoryPanel({ history, limit, mode, onOpen, onOpenIntent }: HistoryPanelProps) {
  const [openError, setOpenError] = useState<string | null>(null);
  const { sessions } = history;

  async function open(id: string) {
    setOpenError(null);
    try {
      await onOpen(await getSession(id));
    } catch (error) {
      setOpenError(isApiError(error) ? error.message : 'That session could not be read.');
      await history.refresh();
    }
  }

  async function handleImport(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file) await history.importFile(file);
  }

  return (
    <section className="panel history" aria-labelledby="history-title">
      <div className="history-header">
        <h2 id="history-title">History</h2>
        <p className="muted small">
          {limit === 0 ? 'Every generation is kept' : `The newest ${limit} generations are kept`}
          {mode === 'team' ? ' on the server, for your account only.' : ' on this computer.'}
        </p>
      </div>
      <div aria-live="polite">
        {history.notice ? <p className="notice">{history.notice}</p> : null}
        {openError ? <p className="field-error">{openError}</p> : null}
      </div>
      {history.error ? (
        <ErrorBanner
          error={history.error}
          title={history.error.field === 'file' ? 'The file could not be imported' : undefined}
        />
      ) : null}
      {sessions === null ? (
        <p className="muted">Loading…</p>
      ) : sessions.length === 0 ? (
        <p className="muted">Nothing saved yet. Every generation is saved here as soon as it ends.</p>
      ) : (
        <ul className="history-list">
          {sessions.map((session) => (
            <HistoryItem
              key={session.id}
              session={session}
              onOpen={open}
              onOpenIntent={onOpenIntent}
              onDelete={history.remove}
            />
          ))}
        </ul>
      )}
      <div className="history-tools">
        {sessions && sessions.length > 0 ? (
          <>
            <a className="button button-small" href={EXPORT_ALL_URL} download>
              Export all (JSON)
            </a>
            <ConfirmButton label="Clear history" confirmLabel="Delete all sessions" onConfirm={history.clear} />
          </>
        ) : null}
        <label className="button button-small file-button">
          Import (JSON)
          <input type="file" accept="application/json,.json" className="visually-hidden" onChange={handleImport} />
        </label>
      </div>
    </section>
  );
}
