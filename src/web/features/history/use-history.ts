import { useCallback, useEffect, useState } from 'react';
import type { ApiErrorBody } from '../../../core/errors.js';
import type { SessionSummary } from '../../../core/schemas/session.js';
import { isApiError } from '../../lib/api-error.js';
import { clearSessions, deleteSession, describeImport, importSessions, listSessions } from './sessions-api.js';

export type HistoryState = {
  sessions: SessionSummary[] | null;
  error: ApiErrorBody | null;
  notice: string | null;
  refresh(): Promise<void>;
  remove(id: string): Promise<void>;
  clear(): Promise<void>;
  importFile(file: Blob): Promise<void>;
};

function toBody(error: unknown): ApiErrorBody {
  return isApiError(error) ? error.toBody() : { code: 'internal', message: 'The history could not be loaded.' };
}

/** The saved sessions and the actions on them; every action reloads the list. */
export function useHistory(): HistoryState {
  const [sessions, setSessions] = useState<SessionSummary[] | null>(null);
  const [error, setError] = useState<ApiErrorBody | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  /** Reloads the list; keeps an action's error unless the reload itself fails. */
  const reload = useCallback(async (): Promise<boolean> => {
    try {
      setSessions(await listSessions());
      return true;
    } catch (caught) {
      setError(toBody(caught));
      return false;
    }
  }, []);

  const refresh = useCallback(async () => {
    if (await reload()) setError(null);
  }, [reload]);

  const run = useCallback(
    async (action: () => Promise<string | null>) => {
      setNotice(null);
      try {
        setNotice(await action());
        setError(null);
      } catch (caught) {
        setError(toBody(caught));
      }
      await reload();
    },
    [reload],
  );

  useEffect(() => {
    void refresh();
  }, [refresh]);

  return {
    sessions,
    error,
    notice,
    refresh,
    remove: (id) => run(async () => (await deleteSession(id), 'Session deleted.')),
    clear: () => run(async () => (await clearSessions(), 'History cleared.')),
    importFile: (file) => run(async () => describeImport(await importSessions(file))),
  };
}
