import { formatUsd } from '../../../core/cost/price-usage.js';
import type { BudgetStatus } from '../../../core/schemas/public-config.js';

export type BudgetDescription = {
  /** "Budget left today: $0.42 of $1.00 · this month: $4.10 of $10.00 · at most $0.50 per session" */
  text: string;
  /** Set when the estimate does not fit what is left: the server will refuse this generation. */
  warning: string | null;
};

/** Dollars left of a budget; never below zero (a generation may cost more than it had left). */
function left(limitUsd: number, spentUsd: number): number {
  return Math.max(0, Math.round((limitUsd - spentUsd) * 1e6) / 1e6);
}

/** What the form shows of the spending budgets, and whether the estimate fits them. */
export function describeBudget(budgets: BudgetStatus, estimatedCostUsd: number | null): BudgetDescription {
  const parts: string[] = [];
  const leftToday = budgets.perDayUsd === null ? null : left(budgets.perDayUsd, budgets.spentTodayUsd);
  const leftThisMonth = budgets.perMonthUsd === null ? null : left(budgets.perMonthUsd, budgets.spentThisMonthUsd);
  if (leftToday !== null) parts.push(`today: ${formatUsd(leftToday)} of ${formatUsd(budgets.perDayUsd)}`);
  if (leftThisMonth !== null)
    parts.push(`this month: ${formatUsd(leftThisMonth)} of ${formatUsd(budgets.perMonthUsd)}`);
  if (budgets.perSessionUsd !== null) parts.push(`at most ${formatUsd(budgets.perSessionUsd)} per session`);
  const text =
    parts.length > 0 && (leftToday !== null || leftThisMonth !== null)
      ? `Budget left ${parts.join(' · ')}`
      : `Budget: ${parts.join(' · ')}`;

  let warning: string | null = null;
  if (estimatedCostUsd !== null) {
    const cost = formatUsd(estimatedCostUsd);
    if (budgets.perSessionUsd !== null && estimatedCostUsd > budgets.perSessionUsd) {
      warning = `This generation (≈ ${cost}) is over the budget per session: ask for fewer questions or choose a cheaper model.`;
    } else if (leftThisMonth !== null && estimatedCostUsd > leftThisMonth) {
      warning = `This generation (≈ ${cost}) does not fit what is left this month.`;
    } else if (leftToday !== null && estimatedCostUsd > leftToday) {
      warning = `This generation (≈ ${cost}) does not fit what is left today.`;
    }
  }
  return { text, warning };
}
