import { useCallback, useEffect, useState } from 'react';
import type { PracticeThread } from '../../../core/schemas/practice.js';
import { getSession } from '../../lib/api-client.js';
import { isApiError } from '../../lib/api-error.js';
import type { ShownError } from '../../lib/describe-error.js';

/** The session's saved practice threads, read from GET /api/sessions/:id; reload() after each answer. */
export function useSessionThreads(sessionId: string): {
  threads: PracticeThread[];
  error: ShownError | null;
  reload(): Promise<PracticeThread[]>;
} {
  const [threads, setThreads] = useState<PracticeThread[]>([]);
  const [error, setError] = useState<ShownError | null>(null);
  const reload = useCallback(async () => {
    try {
      const session = await getSession(sessionId);
      setThreads(session.practice);
      setError(null);
      return session.practice;
    } catch (caught) {
      setError(
        isApiError(caught) ? caught.toBody() : { code: 'internal', message: 'The saved practice could not be loaded.' },
      );
      return [];
    }
  }, [sessionId]);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { threads, error, reload };
}
