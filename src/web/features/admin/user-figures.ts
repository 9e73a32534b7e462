import { microUsdToUsd, usdToMicroUsd } from '../../../core/cost/price-usage.js';
import type { AdminUser } from '../../../core/schemas/admin-users.js';
import type { BudgetStatus } from '../../../core/schemas/public-config.js';
import { formatUsd } from '../../lib/format-count.js';

/** The per-user caps of this server, in dollars (null: no cap of that period). */
export type BudgetCaps = Pick<BudgetStatus, 'perDayUsd' | 'perMonthUsd'>;

/** What an account may still spend, in integer micro-dollars; null where there is no cap. */
export type RemainingBudgets = { todayMicroUsd: number | null; thisMonthMicroUsd: number | null };

/**
 * The seam for remaining budgets. The admin API (AdminUserSchema) reports what each account spent,
 * not what it has left; in team mode the caps are per user and the same for every account
 * (BUDGET_USD_PER_DAY and _PER_MONTH, which /api/config gives the signed-in admin), so what is left
 * is the cap minus what was spent, never below zero (a generation still running counts at its
 * estimate until it ends). The organisation's budgets are shown apart (describeOrganisationBudget).
 */
export function remainingBudgetsOf(user: AdminUser, caps: BudgetCaps | null): RemainingBudgets {
  const left = (capUsd: number | null | undefined, spentMicroUsd: number) =>
    capUsd === null || capUsd === undefined ? null : Math.max(0, usdToMicroUsd(capUsd) - spentMicroUsd);
  return {
    todayMicroUsd: left(caps?.perDayUsd, user.spentTodayMicroUsd),
    thisMonthMicroUsd: left(caps?.perMonthUsd, user.spentThisMonthMicroUsd),
  };
}

/**
 * "Organisation (every account together): today $12.30 of $50.00 spent, $37.70 left · this month
 * $80.00 of $500.00 spent, $420.00 left"; null when the server sets no organisation budget.
 */
export function describeOrganisationBudget(organisation: BudgetStatus['organisation']): string | null {
  if (organisation === null) return null;
  const period = (label: string, capUsd: number | null, spentUsd: number) => {
    if (capUsd === null) return null;
    // In whole micro-dollars, as the server counts: a difference of float dollars can be a hair off.
    const [cap, spent] = [usdToMicroUsd(capUsd), usdToMicroUsd(spentUsd)];
    const left = Math.max(0, cap - spent);
    return `${label} ${formatMicroUsd(spent)} of ${formatMicroUsd(cap)} spent, ${formatMicroUsd(left)} left`;
  };
  const parts = [
    period('today', organisation.perDayUsd, organisation.spentTodayUsd),
    period('this month', organisation.perMonthUsd, organisation.spentThisMonthUsd),
  ].filter((part) => part !== null);
  return `Organisation (every account together): ${parts.join(' · ')}`;
}

/** Integer micro-dollars as the rest of the app shows dollars ($0.0104, $1.23). */
export function formatMicroUsd(microUsd: number): string {
  return formatUsd(microUsdToUsd(microUsd));
}
