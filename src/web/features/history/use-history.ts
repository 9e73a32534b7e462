import { useCallback, useEffect, useState } from 'react';
import type { ApiErrorBody } from '../../../core/errors.js';
import type { SessionListEntry } from '../../../core/schemas/api.js';
import { isApiError } from '../../lib/api-error.js';
import { clearSessions, deleteSession, describeImport, importSessions, listSessions } from './sessions-api.js';

export type HistoryState = {
  sessions: SessionListEntry[] | null;
  error: ApiErrorBody | null;
  notice: string | null;
  refresh(): Promise<void>;
  remove(id: string): Promise<void>;
  clear(): Promise<void>;
  importFile(file: Blob): Promise<void>;
};

/** How often a list showing a running generation is read again, until none is running. */
const RUNNING_REFRESH_MS = 2_000;

function toBody(error: unknown): ApiErrorBody {
  return isApiError(error) ? error.toBody() : { code: 'internal', message: 'The history could not be loaded.' };
}

/** The saved sessions and the actions on them; every action reloads the list, as does a running generation. */
export function useHistory(): HistoryState {
  const [sessions, setSessions] = useState<SessionListEntry[] | null>(null);
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

  // A list read while a generation streams (in another tab, or during an action here) would keep
  // its "generating…" chip after the end: read it again until nothing in it is running.
  useEffect(() => {
    if (!sessions?.some((session) => session.running)) return;
    const timer = setTimeout(() => void reload(), RUNNING_REFRESH_MS);
    return () => clearTimeout(timer);
  }, [sessions, reload]);

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
