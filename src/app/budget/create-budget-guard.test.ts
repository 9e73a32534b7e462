import type { Database } from 'better-sqlite3';
import pino from 'pino';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { usdToMicroUsd } from '../../core/cost/price-usage.js';
import type { AppError } from '../../core/errors.js';
import type { GenerationRequest } from '../../core/schemas/generation-request.js';
import type { Usage } from '../../core/schemas/usage.js';
import { createSpendStore } from '../../store/create-spend-store.js';
import { openDatabase } from '../../store/open-database.js';
import { createTempDir } from '../../store/testing/create-temp-dir.js';
import { estimateGeneration } from '../estimate/estimate-generation.js';
import type { Owner, SpendStore } from '../ports.js';
import type { Budgets } from './check-budget.js';
import { createBudgetGuard, type BudgetGuard } from './create-budget-guard.js';
import { startOfUtcDay } from './utc-periods.js';

const MODEL = 'gpt-5.4-mini';
const REQUEST: GenerationRequest = {
  jobDescription:
    'Data analyst at a retailer: build dashboards in SQL and Python for the sales team, present findings to managers weekly, own the data quality checks.',
  interviewType: 'technical',
  experienceLevel: 'mid',
  technique: 'zero_shot',
  questionCount: 3,
  language: 'English',
};
const ALICE: Owner = { ownerId: 'alice' };
const BOB: Owner = { ownerId: 'bob' };
const NO_BUDGETS: Budgets = {
  perDayMicroUsd: null,
  perMonthMicroUsd: null,
  perSessionMicroUsd: null,
  organisationPerDayMicroUsd: null,
  organisationPerMonthMicroUsd: null,
};
// 18:00 UTC on 10 March 2026: six hours to midnight.
const START = Date.UTC(2026, 2, 10, 18, 0);

function usageCosting(microUsd: number): Usage {
  return {
    inputTokens: 1_000,
    cachedTokens: 0,
    outputTokens: 500,
    reasoningTokens: 0,
    costUsd: microUsd / 1e6,
    model: MODEL,
  };
}

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  return promise.then(
    () => {
      throw new Error('expected a refusal');
    },
    (thrown: AppError) => thrown,
  );
}

let estimate: number;
beforeAll(async () => {
  estimate = usdToMicroUsd((await estimateGeneration(REQUEST, MODEL)).estimatedCostUsd!);
});

describe('createBudgetGuard', () => {
  let temp: ReturnType<typeof createTempDir>;
  let database: Database;
  let spending: SpendStore;
  let now: number;

  beforeEach(() => {
    temp = createTempDir();
    database = openDatabase({ dataDir: temp.dir });
    spending = createSpendStore(database);
    now = START;
  });
  afterEach(() => {
    database.close();
    temp.remove();
  });

  function guardWith(budgets: Partial<Budgets>): BudgetGuard {
    return createBudgetGuard({
      spending,
      budgets: { ...NO_BUDGETS, ...budgets },
      defaultModel: MODEL,
      logger: pino({ level: 'silent' }),
      now: () => now,
    });
  }

  it('without a budget: admits anything, reserves nothing, records the real cost, reports null', async () => {
    const guard = guardWith({});
    const admission = await guard.admit(ALICE, 'run-1', { ...REQUEST, model: 'my-local-llama' });
    expect(await spending.spentSince(ALICE, 0)).toBe(0);
    await guard.settle(ALICE, admission, usageCosting(1_234));
    expect(await spending.spentSince(ALICE, 0)).toBe(1_234);
    expect(await guard.status(ALICE)).toBeNull();
  });

  it('reserves the estimate while a generation runs, then counts its real cost', async () => {
    const guard = guardWith({ perDayMicroUsd: 1_000_000, perSessionMicroUsd: 500_000 });
    expect(estimate).toBeGreaterThan(0);
    const admission = await guard.admit(ALICE, 'run-1', REQUEST);
    expect(await guard.status(ALICE)).toEqual({
      perDayUsd: 1,
      perMonthUsd: null,
      perSessionUsd: 0.5,
      spentTodayUsd: estimate / 1e6,
      spentThisMonthUsd: estimate / 1e6,
      organisation: null,
    });
    await guard.settle(ALICE, admission, usageCosting(7_000));
    expect(await guard.status(ALICE)).toMatchObject({ spentTodayUsd: 0.007, spentThisMonthUsd: 0.007 });
    // Another owner's budget is their own.
    expect(await guard.status(BOB)).toMatchObject({ spentTodayUsd: 0 });
  });

  it("counts every account against the organisation's budget, which refuses whoever comes after it is spent", async () => {
    const guard = guardWith({ perDayMicroUsd: 10 * estimate, organisationPerDayMicroUsd: 3 * estimate });
    for (const [owner, id] of [
      [ALICE, 'a-1'],
      [BOB, 'b-1'],
      [ALICE, 'a-2'],
    ] as const) {
      await guard.settle(owner, await guard.admit(owner, id, REQUEST), usageCosting(estimate));
    }
    // Bob has spent a tenth of his own budget, but the organisation's is used up.
    const error = await refusal(guard.admit(BOB, 'b-2', REQUEST));
    expect(error.code).toBe('budget_exceeded');
    expect(error.message).toMatch(/^Today's spending budget of the organisation .* ORGANISATION_BUDGET_USD_PER_DAY\)/);
    expect(error.retryAfterSeconds).toBe(6 * 3600);
    expect(await guard.status(BOB)).toMatchObject({
      spentTodayUsd: estimate / 1e6,
      organisation: { perDayUsd: (3 * estimate) / 1e6, perMonthUsd: null, spentTodayUsd: (3 * estimate) / 1e6 },
    });
  });

  it('lets the generation that runs the budget out finish, refuses the next with retryAfterSeconds to midnight UTC', async () => {
    const guard = guardWith({ perDayMicroUsd: 3 * estimate });
    const first = await guard.admit(ALICE, 'run-1', REQUEST);
    // The real cost may be more than estimated: it is counted, not cut short.
    await guard.settle(ALICE, first, usageCosting(2 * estimate));
    const second = await guard.admit(ALICE, 'run-2', REQUEST);
    await guard.settle(ALICE, second, usageCosting(2 * estimate));

    const error = await refusal(guard.admit(ALICE, 'run-3', REQUEST));
    expect(error.code).toBe('budget_exceeded');
    expect(error.retryAfterSeconds).toBe(6 * 3600);
    expect(error.message).toMatch(
      /^Today's spending budget is used up \(\$[\d.]+ of \$[\d.]+ spent, BUDGET_USD_PER_DAY\)/,
    );
    expect(await spending.spentSince(ALICE, 0)).toBe(4 * estimate);
    // Bob, and Alice the next UTC day, may go on.
    await guard.admit(BOB, 'run-3', REQUEST);
    now = startOfUtcDay(START) + 86_400_000;
    await guard.admit(ALICE, 'run-4', REQUEST);
  });

  it('counts a running generation at its estimate, so two at once cannot both take the last of it', async () => {
    const guard = guardWith({ perMonthMicroUsd: Math.floor(1.5 * estimate) });
    const results = await Promise.allSettled([
      guard.admit(ALICE, 'run-1', REQUEST),
      guard.admit(ALICE, 'run-2', REQUEST),
    ]);
    expect(results.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected']);
    const rejected = results.find((result) => result.status === 'rejected')!;
    expect((rejected.reason as AppError).message).toMatch(/^This month's spending budget has \$[\d.]+ left/);
  });

  it('releases the reservation of a generation that sent nothing', async () => {
    const guard = guardWith({ perDayMicroUsd: Math.floor(1.5 * estimate) });
    const admission = await guard.admit(ALICE, 'run-1', REQUEST);
    await guard.settle(ALICE, admission, null);
    expect(await spending.spentSince(ALICE, 0)).toBe(0);
    await guard.admit(ALICE, 'run-2', REQUEST);
  });

  it('refuses one generation whose estimate is over the per-session budget, reserving nothing', async () => {
    const guard = guardWith({ perSessionMicroUsd: estimate - 1 });
    const error = await refusal(guard.admit(ALICE, 'run-1', REQUEST));
    expect(error.code).toBe('budget_exceeded');
    expect(error.retryAfterSeconds).toBeUndefined();
    expect(error.message).toMatch(/BUDGET_USD_PER_SESSION\): this session's budget would be used up/);
    expect(await spending.spentSince(ALICE, 0)).toBe(0);
    await guardWith({ perSessionMicroUsd: estimate }).admit(ALICE, 'run-2', REQUEST);
  });

  it('refuses a model whose price is unknown once any budget is set', async () => {
    const guard = guardWith({ perMonthMicroUsd: 5_000_000 });
    const error = await refusal(guard.admit(ALICE, 'run-1', { ...REQUEST, model: 'my-local-llama' }));
    expect(error).toMatchObject({ code: 'invalid_input', field: 'model' });
    expect(error.message).toMatch(
      /"my-local-llama" is unknown, so what it costs cannot be counted .*BUDGET_USD_PER_MONTH/,
    );
  });

  it('logs, and does not throw, when the real cost cannot be recorded', async () => {
    const guard = guardWith({ perDayMicroUsd: 1_000_000 });
    const admission = await guard.admit(ALICE, 'run-1', REQUEST);
    database.close();
    await expect(guard.settle(ALICE, admission, usageCosting(10))).resolves.toBeUndefined();
    database = openDatabase({ dataDir: temp.dir });
  });
});
