import { useCallback, useState } from 'react';

const STORAGE_KEY = 'interview-prep.session-cost';

/** Forgets this tab's running cost (team mode's sign-out: the next person starts at zero). */
export function forgetSessionCost(): void {
  try {
    sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // Storage disabled: nothing was kept.
  }
}

/** What a cost was spent on: a generation, or a practice call (feedback or "Why this score?"). */
export type CostKind = 'generation' | 'practice';

/** Spending in this browser tab: known dollars, how many calls of each kind, and how many had no known price. */
export type SessionCost = {
  usd: number;
  generations: number;
  practiceCalls: number;
  unknownPriced: number;
  counted: string[];
};

const EMPTY: SessionCost = { usd: 0, generations: 0, practiceCalls: 0, unknownPriced: 0, counted: [] };

function load(): SessionCost {
  try {
    const stored = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? 'null') as Partial<SessionCost> | null;
    if (!stored || typeof stored.usd !== 'number' || !Array.isArray(stored.counted)) return EMPTY;
    // Totals kept before practice existed have no practiceCalls.
    return { ...EMPTY, ...stored };
  } catch {
    return EMPTY;
  }
}

/**
 * The running cost of this browser session (sessionStorage: survives reloads, not a new tab).
 * add() counts each run or practice call once, by its key.
 */
export function useSessionCost(): {
  cost: SessionCost;
  add: (key: string, usd: number | null, kind?: CostKind) => void;
} {
  const [cost, setCost] = useState<SessionCost>(load);
  const add = useCallback((key: string, usd: number | null, kind: CostKind = 'generation') => {
    setCost((current) => {
      if (current.counted.includes(key)) return current;
      const next: SessionCost = {
        usd: current.usd + (usd ?? 0),
        generations: current.generations + (kind === 'generation' ? 1 : 0),
        practiceCalls: current.practiceCalls + (kind === 'practice' ? 1 : 0),
        unknownPriced: current.unknownPriced + (usd === null ? 1 : 0),
        counted: [...current.counted, key].slice(-200),
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
