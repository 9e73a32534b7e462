import { formatUsd } from '../../../core/cost/price-usage.js';
import type { BudgetStatus } from '../../../core/schemas/public-config.js';

export type BudgetDescription = {
  /** "Budget left today: $0.42 of $1.00 · this month: $4.10 of $10.00 · at most $0.50 per session" */
  text: string;
  /** Set when the estimate does not fit what is left: the server will refuse this generation. */
  warning: string | null;
};

/** A daily or monthly cap that is set, with what is left of it. */
type PeriodLeft = { label: string; limitUsd: number; leftUsd: number; doesNotFit: string };

/** Dollars left of a budget; never below zero (a generation may cost more than it had left). */
function left(limitUsd: number, spentUsd: number): number {
  return Math.max(0, Math.round((limitUsd - spentUsd) * 1e6) / 1e6);
}

/** The caps that are set, the monthly ones first (the ones a wait does not help with soonest). */
function periodsLeft(budgets: BudgetStatus): PeriodLeft[] {
  const { organisation } = budgets;
  const candidates = [
    { label: 'this month', limitUsd: budgets.perMonthUsd, spentUsd: budgets.spentThisMonthUsd, whose: '' },
    {
      label: 'organisation this month',
      limitUsd: organisation?.perMonthUsd ?? null,
      spentUsd: organisation?.spentThisMonthUsd ?? 0,
      whose: ' of the organisation',
    },
    { label: 'today', limitUsd: budgets.perDayUsd, spentUsd: budgets.spentTodayUsd, whose: '' },
    {
      label: 'organisation today',
      limitUsd: organisation?.perDayUsd ?? null,
      spentUsd: organisation?.spentTodayUsd ?? 0,
      whose: ' of the organisation',
    },
  ];
  return candidates.flatMap(({ label, limitUsd, spentUsd, whose }) => {
    if (limitUsd === null) return [];
    const when = label.endsWith('today') ? 'today' : 'this month';
    return [{ label, limitUsd, leftUsd: left(limitUsd, spentUsd), doesNotFit: `what is left${whose} ${when}` }];
  });
}

/** The order the form reads them in: yours today, this month, then the organisation's. */
const READING_ORDER = ['today', 'this month', 'organisation today', 'organisation this month'];

/** What the form shows of the spending budgets, and whether the estimate fits them. */
export function describeBudget(budgets: BudgetStatus, estimatedCostUsd: number | null): BudgetDescription {
  const periods = periodsLeft(budgets);
  const parts = [...periods]
    .sort((a, b) => READING_ORDER.indexOf(a.label) - READING_ORDER.indexOf(b.label))
    .map((period) => `${period.label}: ${formatUsd(period.leftUsd)} of ${formatUsd(period.limitUsd)}`);
  if (budgets.perSessionUsd !== null) parts.push(`at most ${formatUsd(budgets.perSessionUsd)} per session`);
  const text = periods.length > 0 ? `Budget left ${parts.join(' · ')}` : `Budget: ${parts.join(' · ')}`;
  return { text, warning: estimatedCostUsd === null ? null : warningFor(budgets, periods, estimatedCostUsd) };
}

function warningFor(budgets: BudgetStatus, periods: PeriodLeft[], estimatedCostUsd: number): string | null {
  const cost = formatUsd(estimatedCostUsd);
  if (budgets.perSessionUsd !== null && estimatedCostUsd > budgets.perSessionUsd) {
    return `This generation (≈ ${cost}) is over the budget per session: ask for fewer questions or choose a cheaper model.`;
  }
  const tooSmall = periods.find((period) => estimatedCostUsd > period.leftUsd);
  return tooSmall ? `This generation (≈ ${cost}) does not fit ${tooSmall.doesNotFit}.` : null;
}
