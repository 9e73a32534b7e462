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
 * is the cap minus what was spent, never below zero. Generations still running are not counted
 * (the server counts them at their estimate when it checks). When the API reports remaining
 * budgets itself (organisation budgets, caps per account), read them here instead.
 */
export function remainingBudgetsOf(user: AdminUser, caps: BudgetCaps | null): RemainingBudgets {
  const left = (capUsd: number | null | undefined, spentMicroUsd: number) =>
    capUsd === null || capUsd === undefined ? null : Math.max(0, usdToMicroUsd(capUsd) - spentMicroUsd);
  return {
    todayMicroUsd: left(caps?.perDayUsd, user.spentTodayMicroUsd),
    thisMonthMicroUsd: left(caps?.perMonthUsd, user.spentThisMonthMicroUsd),
  };
}

/** Integer micro-dollars as the rest of the app shows dollars ($0.0104, $1.23). */
export function formatMicroUsd(microUsd: number): string {
  return formatUsd(microUsdToUsd(microUsd));
}
