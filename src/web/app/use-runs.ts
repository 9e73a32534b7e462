import { useCallback, useState } from 'react';
import type { Run } from '../components/result-view/run.js';

/**
 * The results shown on this page, newest first: fresh generations and sessions opened from
 * history. Updating a run keeps its place; a new run (or a re-opened one) goes on top.
 */
export function useRuns(): { runs: Run[]; upsert: (run: Run) => void; moveToTop: (run: Run) => void; remove: (key: string) => void } {
  const [runs, setRuns] = useState<Run[]>([]);
  const upsert = useCallback((run: Run) => {
    setRuns((current) => {
      const index = current.findIndex((existing) => existing.key === run.key);
      if (index === -1) return [run, ...current];
      const next = [...current];
      next[index] = run;
      return next;
    });
  }, []);
  const moveToTop = useCallback((run: Run) => {
    setRuns((current) => [run, ...current.filter((existing) => existing.key !== run.key)]);
  }, []);
  const remove = useCallback((key: string) => setRuns((current) => current.filter((run) => run.key !== key)), []);
  return { runs, upsert, moveToTop, remove };
}
