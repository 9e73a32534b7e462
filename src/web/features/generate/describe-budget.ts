import { formatUsd } from '../../../core/cost/price-usage.js';
import type { BudgetStatus } from '../../../core/schemas/public-config.js';

export type BudgetDescription = {
  /** "Budget left today: $0.42 of $1.00 · this month: $4.10 of $10.00 · at most $0.50 per session" */
  text: string;
  /** Set when the estimate does not fit what is left: the server will refuse this generation. */
  warning: string | null;
};

type Period = 'today' | 'this month';

/** A daily or monthly cap that is set, the account's own or the organisation's, with what is left of it. */
type PeriodLeft = { period: Period; organisation: boolean; limitUsd: number; leftUsd: number };

/** Dollars left of a budget; never below zero (a generation may cost more than it had left). */
function left(limitUsd: number, spentUsd: number): number {
  return Math.max(0, Math.round((limitUsd - spentUsd) * 1e6) / 1e6);
}

/** The caps that are set, in reading order: the account's today and this month, then the organisation's. */
function periodsLeft(budgets: BudgetStatus): PeriodLeft[] {
  const { organisation } = budgets;
  const caps = [
    { period: 'today', organisation: false, limitUsd: budgets.perDayUsd, spentUsd: budgets.spentTodayUsd },
    { period: 'this month', organisation: false, limitUsd: budgets.perMonthUsd, spentUsd: budgets.spentThisMonthUsd },
    {
      period: 'today',
      organisation: true,
      limitUsd: organisation?.perDayUsd ?? null,
      spentUsd: organisation?.spentTodayUsd ?? 0,
    },
    {
      period: 'this month',
      organisation: true,
      limitUsd: organisation?.perMonthUsd ?? null,
      spentUsd: organisation?.spentThisMonthUsd ?? 0,
    },
  ] as const;
  return caps.flatMap(({ limitUsd, spentUsd, ...cap }) =>
    limitUsd === null ? [] : [{ ...cap, limitUsd, leftUsd: left(limitUsd, spentUsd) }],
  );
}

/** What the form shows of the spending budgets, and whether the estimate fits them. */
export function describeBudget(budgets: BudgetStatus, estimatedCostUsd: number | null): BudgetDescription {
  const periods = periodsLeft(budgets);
  const parts = periods.map(
    ({ period, organisation, leftUsd, limitUsd }) =>
      `${organisation ? 'organisation ' : ''}${period}: ${formatUsd(leftUsd)} of ${formatUsd(limitUsd)}`,
  );
  if (budgets.perSessionUsd !== null) parts.push(`at most ${formatUsd(budgets.perSessionUsd)} per session`);
  const text = periods.length > 0 ? `Budget left ${parts.join(' · ')}` : `Budget: ${parts.join(' · ')}`;
  return { text, warning: estimatedCostUsd === null ? null : warningFor(budgets, periods, estimatedCostUsd) };
}

/**
 * Why the estimate does not fit, naming the budget that is hardest to wait out: the one per
 * session, then a monthly one, then a daily one (the account's before the organisation's).
 */
function warningFor(budgets: BudgetStatus, periods: PeriodLeft[], estimatedCostUsd: number): string | null {
  const cost = formatUsd(estimatedCostUsd);
  if (budgets.perSessionUsd !== null && estimatedCostUsd > budgets.perSessionUsd) {
    return `This generation (≈ ${cost}) is over the budget per session: ask for fewer questions or choose a cheaper model.`;
  }
  const tooSmall = (period: Period) =>
    periods.find((each) => each.period === period && estimatedCostUsd > each.leftUsd);
  const refusing = tooSmall('this month') ?? tooSmall('today');
  if (!refusing) return null;
  const whose = refusing.organisation ? ' of the organisation' : '';
  return `This generation (≈ ${cost}) does not fit what is left${whose} ${refusing.period}.`;
}
