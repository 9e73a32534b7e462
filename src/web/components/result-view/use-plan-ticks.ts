import { useCallback, useEffect, useState } from 'react';

const STORAGE_PREFIX = 'interview-prep.plan-ticks.';

function storageKey(sessionId: string): string {
  return `${STORAGE_PREFIX}${sessionId}`;
}

function load(sessionId: string | null): number[] {
  if (!sessionId) return [];
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(storageKey(sessionId)) ?? '[]');
    return Array.isArray(stored) ? stored.filter((step): step is number => Number.isInteger(step)) : [];
  } catch {
    return [];
  }
}

function save(sessionId: string, ticked: readonly number[]): void {
  try {
    if (ticked.length === 0) localStorage.removeItem(storageKey(sessionId));
    else localStorage.setItem(storageKey(sessionId), JSON.stringify(ticked));
  } catch {
    // Storage full or disabled: the ticks still work on this page.
  }
}

/**
 * Which steps of a preparation plan the user has ticked (their indexes), kept in this browser by
 * session id so they are still there when the session is opened again. Ticks made before the
 * session is saved are kept once it has an id.
 */
export function usePlanTicks(sessionId: string | null): {
  ticked: ReadonlySet<number>;
  toggle: (step: number) => void;
} {
  const [state, setState] = useState(() => ({ sessionId, ticked: load(sessionId) }));
  let current = state;
  if (sessionId !== state.sessionId) {
    // A newly saved run keeps its ticks; another session reads its own.
    current = { sessionId, ticked: state.sessionId === null ? state.ticked : load(sessionId) };
    setState(current);
  }
  const { ticked } = current;

  useEffect(() => {
    if (sessionId) save(sessionId, ticked);
  }, [sessionId, ticked]);

  const toggle = useCallback((step: number) => {
    setState((previous) => ({
      ...previous,
      ticked: previous.ticked.includes(step)
        ? previous.ticked.filter((existing) => existing !== step)
        : [...previous.ticked, step].sort((a, b) => a - b),
    }));
  }, []);
  return { ticked: new Set(ticked), toggle };
}
