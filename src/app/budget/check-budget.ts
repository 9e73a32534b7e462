import { formatUsd, microUsdToUsd } from '../../core/cost/price-usage.js';
import { AppError } from '../../core/errors.js';
import type { Config } from '../config.js';
import type { SpendLimit, SpendScope } from '../ports.js';
import { startOfNextUtcDay, startOfNextUtcMonth, startOfUtcDay, startOfUtcMonth } from './utc-periods.js';

/** The caps from the configuration, in integer micro-dollars; null when not set. */
export type Budgets = Config['budgets'];

type Period = 'day' | 'month';

/** A budget over a period, as the check and its message see it. */
export type PeriodBudget = {
  period: Period;
  /** The owner's own budget, or the organisation's (every account together). */
  scope: SpendScope;
  limit: SpendLimit;
  /** Epoch ms when it resets (the next UTC midnight, or the first of the next month). */
  resetsAt: number;
};

const SESSION_VARIABLE = 'BUDGET_USD_PER_SESSION';

/** The variable that sets a budget, for messages. */
function variableOf(scope: SpendScope, period: Period): string {
  const own = period === 'day' ? 'BUDGET_USD_PER_DAY' : 'BUDGET_USD_PER_MONTH';
  return scope === 'organisation' ? `ORGANISATION_${own}` : own;
}

/** Each daily and monthly cap with its scope, set or not. */
function periodCaps(budgets: Budgets): Array<{ scope: SpendScope; period: Period; limitMicroUsd: number | null }> {
  return [
    { scope: 'owner', period: 'day', limitMicroUsd: budgets.perDayMicroUsd },
    { scope: 'owner', period: 'month', limitMicroUsd: budgets.perMonthMicroUsd },
    { scope: 'organisation', period: 'day', limitMicroUsd: budgets.organisationPerDayMicroUsd },
    { scope: 'organisation', period: 'month', limitMicroUsd: budgets.organisationPerMonthMicroUsd },
  ];
}

/** True when at least one budget is set. */
export function anyBudgetSet(budgets: Budgets): boolean {
  return budgets.perSessionMicroUsd !== null || periodCaps(budgets).some((cap) => cap.limitMicroUsd !== null);
}

/** The names of the budgets that are set, for messages: "BUDGET_USD_PER_DAY and BUDGET_USD_PER_MONTH". */
function setBudgetNames(budgets: Budgets): string {
  const names = periodCaps(budgets)
    .filter((cap) => cap.limitMicroUsd !== null)
    .map((cap) => variableOf(cap.scope, cap.period));
  if (budgets.perSessionMicroUsd !== null) names.push(SESSION_VARIABLE);
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** The daily and monthly budgets that are set (the owner's, then the organisation's), for the UTC day and month of `now`. */
export function periodBudgets(budgets: Budgets, now: number): PeriodBudget[] {
  return periodCaps(budgets).flatMap(({ scope, period, limitMicroUsd }) => {
    if (limitMicroUsd === null) return [];
    const sinceMs = period === 'day' ? startOfUtcDay(now) : startOfUtcMonth(now);
    const resetsAt = period === 'day' ? startOfNextUtcDay(now) : startOfNextUtcMonth(now);
    return [{ period, scope, limit: { sinceMs, limitMicroUsd, scope }, resetsAt }];
  });
}

/** Refuses a model whose price is unknown while a budget is set: its cost could not be counted. */
export function unknownPriceError(model: string, budgets: Budgets): AppError {
  return new AppError('invalid_input', {
    field: 'model',
    message: `The price of the model "${model}" is unknown, so what it costs cannot be counted against the spending budget set on this server (${setBudgetNames(budgets)}). Choose a model from the list, or remove the budget.`,
  });
}

/** "about 5 hours", "about 3 days": how long until a reset. */
function describeWait(seconds: number): string {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  if (minutes < 90) return `about ${minutes} minute${minutes === 1 ? '' : 's'}`;
  const hours = Math.round(minutes / 60);
  if (hours < 48) return `about ${hours} hours`;
  return `about ${Math.round(hours / 24)} days`;
}

/**
 * Refuses a call that would take its session over the budget for one session: a generation whose
 * estimate alone is more, or a practice call once the session (generation and practice) has spent it.
 */
export function sessionBudgetError(estimateMicroUsd: number, perSessionMicroUsd: number, spentMicroUsd = 0): AppError {
  const budget = `${formatUsd(microUsdToUsd(perSessionMicroUsd))} budget for one session (${SESSION_VARIABLE})`;
  if (spentMicroUsd > 0) {
    return new AppError('budget_exceeded', {
      message: `This session has cost ${formatUsd(microUsdToUsd(spentMicroUsd))} so far, with its practice; one more answer (about ${formatUsd(microUsdToUsd(estimateMicroUsd))}) would take it over the ${budget}. Generate a new set to go on practising.`,
    });
  }
  return new AppError('budget_exceeded', {
    message: `This generation would cost about ${formatUsd(microUsdToUsd(estimateMicroUsd))}, more than the ${budget}: this session's budget would be used up. Ask for fewer questions, shorten the job description or choose a cheaper model.`,
  });
}

/**
 * Why a generation that does not fit is refused, for the budget that is hardest to wait out: one
 * the estimate alone is over (waiting does not help), else the monthly, else the daily one.
 * `spent[index]` is what was spent in `budgets[index]`'s period before this generation.
 */
export function periodBudgetError(
  budgets: PeriodBudget[],
  spent: number[],
  estimateMicroUsd: number,
  now: number,
): AppError | null {
  const over = budgets
    .map((budget, index) => ({ budget, spent: spent[index] ?? 0 }))
    .filter(({ budget, spent }) => spent + estimateMicroUsd > budget.limit.limitMicroUsd);
  if (over.length === 0) return null;
  const tooLarge = over.find(({ budget }) => estimateMicroUsd > budget.limit.limitMicroUsd);
  const cost = formatUsd(microUsdToUsd(estimateMicroUsd));
  if (tooLarge) {
    const { period, scope, limit } = tooLarge.budget;
    const whose = scope === 'organisation' ? ' of the whole organisation' : '';
    return new AppError('budget_exceeded', {
      message: `This generation would cost about ${cost}, more than the whole ${formatUsd(microUsdToUsd(limit.limitMicroUsd))} budget per ${period}${whose} (${variableOf(scope, period)}). Ask for fewer questions, shorten the job description or choose a cheaper model.`,
    });
  }
  const { budget, spent: spentBefore } = over.find(({ budget }) => budget.period === 'month') ?? over[0]!;
  const retryAfterSeconds = Math.max(1, Math.ceil((budget.resetsAt - now) / 1000));
  const which = budgetName(budget);
  const limit = budget.limit.limitMicroUsd;
  const amounts = `${formatUsd(microUsdToUsd(spentBefore))} of ${formatUsd(microUsdToUsd(limit))} spent, ${variableOf(budget.scope, budget.period)}`;
  const state =
    spentBefore >= limit
      ? `is used up (${amounts})`
      : `has ${formatUsd(microUsdToUsd(limit - spentBefore))} left (${amounts}), and this generation would cost about ${cost}`;
  const reset = budget.period === 'day' ? 'at midnight UTC' : 'on the first of next month (UTC)';
  return new AppError('budget_exceeded', {
    message: `${which} ${state}. It resets ${reset}, in ${describeWait(retryAfterSeconds)}.`,
    retryAfterSeconds,
  });
}

/** "Today's spending budget", "This month's spending budget of the organisation (every account together)". */
function budgetName({ period, scope }: PeriodBudget): string {
  const which = period === 'day' ? "Today's spending budget" : "This month's spending budget";
  return scope === 'organisation' ? `${which} of the organisation (every account together)` : which;
}
