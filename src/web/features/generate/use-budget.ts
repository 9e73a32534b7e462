import { useEffect, useRef, useState } from 'react';
import type { BudgetStatus } from '../../../core/schemas/public-config.js';
import { fetchConfig } from '../../lib/api-client.js';

/**
 * The spending budgets as the server counts them, read again from /api/config each time a
 * generation ends (`busy` turns false). Null, and never fetched, when no budget is set.
 */
export function useBudget(initial: BudgetStatus | null, busy: boolean): BudgetStatus | null {
  const [budgets, setBudgets] = useState(initial);
  const wasBusy = useRef(busy);
  useEffect(() => {
    const ended = wasBusy.current && !busy;
    wasBusy.current = busy;
    if (!ended || initial === null) return;
    let active = true;
    // A failed refresh keeps the last figures: the server enforces the budget either way.
    fetchConfig().then(
      (config) => active && setBudgets(config.budgets),
      () => undefined,
    );
    return () => {
      active = false;
    };
  }, [busy, initial]);
  return budgets;
}
