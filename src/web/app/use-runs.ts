import { useCallback, useRef, useState } from 'react';
import type { Run } from '../components/result-view/run.js';

/**
 * The results shown on this page, newest first: fresh generations and sessions opened from
 * history. Updating a run keeps its place; a new run (or a re-opened one) goes on top. A run
 * the user closed stays closed, even if a late update for it arrives.
 */
export function useRuns(): {
  runs: Run[];
  upsert: (run: Run) => void;
  moveToTop: (run: Run) => void;
  remove: (key: string) => void;
} {
  const [runs, setRuns] = useState<Run[]>([]);
  const closedKeys = useRef(new Set<string>());
  const upsert = useCallback((run: Run) => {
    if (closedKeys.current.has(run.key)) return;
    setRuns((current) => {
      const index = current.findIndex((existing) => existing.key === run.key);
      if (index === -1) return [run, ...current];
      const next = [...current];
      next[index] = run;
      return next;
    });
  }, []);
  const moveToTop = useCallback((run: Run) => {
    closedKeys.current.delete(run.key);
    setRuns((current) => [run, ...current.filter((existing) => existing.key !== run.key)]);
  }, []);
  const remove = useCallback((key: string) => {
    closedKeys.current.add(key);
    setRuns((current) => current.filter((run) => run.key !== key));
  }, []);
  return { runs, upsert, moveToTop, remove };
}
