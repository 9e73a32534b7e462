import { useCallback, useState } from 'react';

const STORAGE_KEY = 'interview-prep.session-cost';

/** Spending in this browser tab: known dollars, and how many generations had no known price. */
export type SessionCost = { usd: number; generations: number; unknownPriced: number; counted: string[] };

const EMPTY: SessionCost = { usd: 0, generations: 0, unknownPriced: 0, counted: [] };

function load(): SessionCost {
  try {
    const stored = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? 'null') as SessionCost | null;
    return stored && typeof stored.usd === 'number' && Array.isArray(stored.counted) ? stored : EMPTY;
  } catch {
    return EMPTY;
  }
}

/**
 * The running cost of this browser session (sessionStorage: survives reloads, not a new tab).
 * add() counts each run once, by its key.
 */
export function useSessionCost(): { cost: SessionCost; add: (runKey: string, usd: number | null) => void } {
  const [cost, setCost] = useState<SessionCost>(load);
  const add = useCallback((runKey: string, usd: number | null) => {
    setCost((current) => {
      if (current.counted.includes(runKey)) return current;
      const next: SessionCost = {
        usd: current.usd + (usd ?? 0),
        generations: current.generations + 1,
        unknownPriced: current.unknownPriced + (usd === null ? 1 : 0),
        counted: [...current.counted, runKey].slice(-200),
      };
      try {
        sessionStorage.setItem(STORAGE_KEY, JSON.stringify(next));
      } catch {
        // Storage full or disabled: the total still works for this page.
      }
      return next;
    });
  }, []);
  return { cost, add };
}
