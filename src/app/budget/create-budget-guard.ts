import { microUsdToUsd, usdToMicroUsd } from '../../core/cost/price-usage.js';
import type { GenerationRequest } from '../../core/schemas/generation-request.js';
import type { BudgetStatus } from '../../core/schemas/public-config.js';
import type { Usage } from '../../core/schemas/usage.js';
import type { AppLogger } from '../app-logger.js';
import { estimateGeneration } from '../estimate/estimate-generation.js';
import type { Owner, SpendStore } from '../ports.js';
import {
  anyBudgetSet,
  periodBudgetError,
  periodBudgets,
  sessionBudgetError,
  unknownPriceError,
  type Budgets,
} from './check-budget.js';
import { startOfUtcDay, startOfUtcMonth } from './utc-periods.js';

export type BudgetGuardDependencies = {
  spending: SpendStore;
  budgets: Budgets;
  defaultModel: string;
  logger: AppLogger;
  now?: () => number;
};

/** A call's pre-send cost (null: the model's price is unknown), for the model it names. */
export type CostEstimate = { model: string; costMicroUsd: number | null };

/**
 * What admitting a call needs: its estimate, asked for only when a budget is set (it runs the
 * tokenizer), and what the session it belongs to has cost before it.
 */
export type CallEstimate = { estimate: () => Promise<CostEstimate>; sessionSpentMicroUsd?: number };

/** A generation admitted against the budgets: what `settle` needs to record its real cost. */
export type BudgetAdmission = { sessionId: string; startedAt: number };

/**
 * The spending caps, one model for every front end: a generation is admitted only when its
 * pre-send estimate fits every budget that is set, and the estimate is reserved while it runs;
 * when it ends, its real cost replaces the estimate. A generation that was admitted always runs
 * to its end, even when it costs more than estimated: the next one is refused instead.
 */
export type BudgetGuard = {
  /**
   * Refuses the generation (AppError budget_exceeded, or invalid_input on `model` when its price
   * is unknown and a budget is set) or records its estimate against the owner's spending.
   */
  admit(owner: Owner, sessionId: string, request: GenerationRequest): Promise<BudgetAdmission>;
  /**
   * The same for any call that can estimate its cost before it is sent (a practice answer, an
   * explanation), recorded under `id`. `sessionSpentMicroUsd` is what the session it belongs to
   * has cost so far: the per-session budget covers the session with its practice.
   */
  admitCost(owner: Owner, id: string, cost: CallEstimate): Promise<BudgetAdmission>;
  /** Records what the generation really cost (nothing when it sent nothing); never throws. */
  settle(owner: Owner, admission: BudgetAdmission, usage: Usage | null): Promise<void>;
  /** The budgets and what is spent against them now; null when no budget is set. */
  status(owner: Owner): Promise<BudgetStatus | null>;
};

function usdOrNull(microUsd: number | null): number | null {
  return microUsd === null ? null : microUsdToUsd(microUsd);
}

/** The BudgetGuard over a SpendStore and the configured budgets. */
export function createBudgetGuard(dependencies: BudgetGuardDependencies): BudgetGuard {
  const { spending, budgets, logger } = dependencies;
  const now = dependencies.now ?? Date.now;
  const enabled = anyBudgetSet(budgets);

  async function admitCost(
    owner: Owner,
    sessionId: string,
    { estimate, sessionSpentMicroUsd = 0 }: CallEstimate,
  ): Promise<BudgetAdmission> {
    const startedAt = now();
    const admission = { sessionId, startedAt };
    // Without a budget, only the real cost is recorded at the end: no tokenizer on the request path.
    if (!enabled) return admission;
    const { model, costMicroUsd: estimateMicroUsd } = await estimate();
    if (estimateMicroUsd === null) throw unknownPriceError(model, budgets);
    if (budgets.perSessionMicroUsd !== null && sessionSpentMicroUsd + estimateMicroUsd > budgets.perSessionMicroUsd) {
      throw sessionBudgetError(estimateMicroUsd, budgets.perSessionMicroUsd, sessionSpentMicroUsd);
    }
    const periods = periodBudgets(budgets, startedAt);
    const result = await spending.reserve(
      owner,
      { id: sessionId, startedAt, costMicroUsd: estimateMicroUsd },
      periods.map((period) => period.limit),
    );
    if (!result.reserved) {
      // reserve() refuses only when some budget is over, so there is always an error to throw.
      throw periodBudgetError(periods, result.spent, estimateMicroUsd, startedAt)!;
    }
    return admission;
  }

  /** The organisation's caps and what every account together spent; null when it has no cap. */
  async function organisationStatus(at: number): Promise<BudgetStatus['organisation']> {
    const { organisationPerDayMicroUsd: perDay, organisationPerMonthMicroUsd: perMonth } = budgets;
    if (perDay === null && perMonth === null) return null;
    const [today, thisMonth] = await Promise.all([
      spending.totalSpentSince(startOfUtcDay(at)),
      spending.totalSpentSince(startOfUtcMonth(at)),
    ]);
    return {
      perDayUsd: usdOrNull(perDay),
      perMonthUsd: usdOrNull(perMonth),
      spentTodayUsd: microUsdToUsd(today),
      spentThisMonthUsd: microUsdToUsd(thisMonth),
    };
  }

  return {
    async admit(owner, sessionId, request) {
      return admitCost(owner, sessionId, {
        estimate: async () => {
          const estimate = await estimateGeneration(request, dependencies.defaultModel);
          const costUsd = estimate.estimatedCostUsd;
          return { model: estimate.model, costMicroUsd: costUsd === null ? null : usdToMicroUsd(costUsd) };
        },
      });
    },

    admitCost,

    async settle(owner, admission, usage) {
      const costUsd = usage?.costUsd ?? null;
      const costMicroUsd = costUsd === null ? 0 : usdToMicroUsd(costUsd);
      // Without a budget nothing was reserved: a free call leaves nothing to record.
      if (!enabled && costMicroUsd === 0) return;
      try {
        await spending.record(owner, { id: admission.sessionId, startedAt: admission.startedAt, costMicroUsd });
      } catch (error) {
        logger.error({ err: error, sessionId: admission.sessionId }, 'could not record what a generation cost');
      }
    },

    async status(owner) {
      if (!enabled) return null;
      const at = now();
      const [today, thisMonth, organisation] = await Promise.all([
        spending.spentSince(owner, startOfUtcDay(at)),
        spending.spentSince(owner, startOfUtcMonth(at)),
        organisationStatus(at),
      ]);
      return {
        perDayUsd: usdOrNull(budgets.perDayMicroUsd),
        perMonthUsd: usdOrNull(budgets.perMonthMicroUsd),
        perSessionUsd: usdOrNull(budgets.perSessionMicroUsd),
        spentTodayUsd: microUsdToUsd(today),
        spentThisMonthUsd: microUsdToUsd(thisMonth),
        organisation,
      };
    },
  };
}
