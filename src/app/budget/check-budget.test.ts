import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../config.js';
import {
  periodBudgetError,
  periodBudgets,
  sessionBudgetError,
  unknownPriceError,
  type Budgets,
} from './check-budget.js';
import { startOfNextUtcDay, startOfNextUtcMonth, startOfUtcDay, startOfUtcMonth } from './utc-periods.js';

// 18:30 UTC on 31 January 2026: 5 h 30 min to midnight, one day to the first of the month.
const NOW = Date.UTC(2026, 0, 31, 18, 30);
const NO_ORGANISATION_BUDGETS = { organisationPerDayMicroUsd: null, organisationPerMonthMicroUsd: null };
const BUDGETS: Budgets = {
  perDayMicroUsd: 1_000_000,
  perMonthMicroUsd: 10_000_000,
  perSessionMicroUsd: null,
  ...NO_ORGANISATION_BUDGETS,
};

describe('budgets in the configuration', () => {
  it('reads BUDGET_USD_PER_* as dollars into integer micro-dollars, null when unset or empty', () => {
    expect(loadConfig({}).budgets).toEqual({
      perDayMicroUsd: null,
      perMonthMicroUsd: null,
      perSessionMicroUsd: null,
      ...NO_ORGANISATION_BUDGETS,
    });
    expect(
      loadConfig({ BUDGET_USD_PER_DAY: '0.50', BUDGET_USD_PER_MONTH: '12', BUDGET_USD_PER_SESSION: '' }).budgets,
    ).toEqual({
      perDayMicroUsd: 500_000,
      perMonthMicroUsd: 12_000_000,
      perSessionMicroUsd: null,
      ...NO_ORGANISATION_BUDGETS,
    });
    expect(loadConfig({ BUDGET_USD_PER_SESSION: '0.1234567' }).budgets.perSessionMicroUsd).toBe(123_457);
  });

  it('refuses an amount that is not a positive number of dollars, naming the variable', () => {
    for (const value of ['abc', '0', '-1', '$5', '2000000']) {
      expect(() => loadConfig({ BUDGET_USD_PER_DAY: value }), value).toThrow(ConfigError);
    }
    expect(() => loadConfig({ BUDGET_USD_PER_MONTH: 'five' })).toThrow(
      /BUDGET_USD_PER_MONTH must be an amount in dollars/,
    );
    expect(() => loadConfig({ BUDGET_USD_PER_SESSION: '0' })).toThrow(/BUDGET_USD_PER_SESSION must be more than 0/);
  });
});

describe('UTC periods', () => {
  it('starts days at UTC midnight and months on the first, across a year end', () => {
    expect(new Date(startOfUtcDay(NOW)).toISOString()).toBe('2026-01-31T00:00:00.000Z');
    expect(new Date(startOfNextUtcDay(NOW)).toISOString()).toBe('2026-02-01T00:00:00.000Z');
    expect(new Date(startOfUtcMonth(NOW)).toISOString()).toBe('2026-01-01T00:00:00.000Z');
    expect(new Date(startOfNextUtcMonth(NOW)).toISOString()).toBe('2026-02-01T00:00:00.000Z');
    const newYearsEve = Date.UTC(2026, 11, 31, 23, 59, 59, 999);
    expect(new Date(startOfNextUtcDay(newYearsEve)).toISOString()).toBe('2027-01-01T00:00:00.000Z');
    expect(new Date(startOfNextUtcMonth(newYearsEve)).toISOString()).toBe('2027-01-01T00:00:00.000Z');
    expect(startOfUtcDay(startOfNextUtcDay(NOW))).toBe(startOfNextUtcDay(NOW));
  });

  it('gives only the budgets that are set', () => {
    expect(periodBudgets({ ...BUDGETS, perMonthMicroUsd: null }, NOW).map((budget) => budget.period)).toEqual(['day']);
    expect(periodBudgets(BUDGETS, NOW)).toEqual([
      {
        period: 'day',
        scope: 'owner',
        limit: { sinceMs: startOfUtcDay(NOW), limitMicroUsd: 1_000_000, scope: 'owner' },
        resetsAt: startOfNextUtcDay(NOW),
      },
      {
        period: 'month',
        scope: 'owner',
        limit: { sinceMs: startOfUtcMonth(NOW), limitMicroUsd: 10_000_000, scope: 'owner' },
        resetsAt: startOfNextUtcMonth(NOW),
      },
    ]);
  });

  it("adds the organisation's budgets, counted over every account", () => {
    const organisation = periodBudgets({ ...BUDGETS, organisationPerMonthMicroUsd: 50_000_000 }, NOW).at(-1);
    expect(organisation).toEqual({
      period: 'month',
      scope: 'organisation',
      limit: { sinceMs: startOfUtcMonth(NOW), limitMicroUsd: 50_000_000, scope: 'organisation' },
      resetsAt: startOfNextUtcMonth(NOW),
    });
  });
});

describe('periodBudgetError', () => {
  const periods = periodBudgets(BUDGETS, NOW);

  it('is null while the estimate fits every budget, to the micro-dollar', () => {
    expect(periodBudgetError(periods, [990_000, 990_000], 10_000, NOW)).toBeNull();
  });

  it("names today's budget, the amounts and when it resets, with retryAfterSeconds to midnight UTC", () => {
    const error = periodBudgetError(periods, [980_000, 2_000_000], 30_000, NOW)!;
    expect(error.code).toBe('budget_exceeded');
    expect(error.retryAfterSeconds).toBe(5.5 * 3600);
    expect(error.message).toBe(
      "Today's spending budget has $0.02 left ($0.98 of $1.00 spent, BUDGET_USD_PER_DAY), and this generation would cost about $0.03. It resets at midnight UTC, in about 6 hours.",
    );
    expect(periodBudgetError(periods, [1_020_000, 2_000_000], 1_000, NOW)!.message).toMatch(
      /^Today's spending budget is used up \(\$1\.02 of \$1\.00 spent, BUDGET_USD_PER_DAY\)\./,
    );
  });

  it('names the monthly budget when both are over: waiting for midnight would not help', () => {
    const error = periodBudgetError(periods, [1_000_000, 10_000_000], 1_000, NOW)!;
    expect(error.retryAfterSeconds).toBe(startOfNextUtcMonth(NOW) / 1000 - NOW / 1000);
    expect(error.message).toMatch(
      /^This month's spending budget is used up \(\$10\.00 of \$10\.00 spent, BUDGET_USD_PER_MONTH\)/,
    );
    expect(error.message).toMatch(/on the first of next month \(UTC\), in about 6 hours\.$/);
  });

  it('gives no retryAfterSeconds when the estimate alone is over a whole budget', () => {
    const error = periodBudgetError(periods, [0, 0], 1_500_000, NOW)!;
    expect(error.retryAfterSeconds).toBeUndefined();
    expect(error.message).toMatch(
      /would cost about \$1\.50, more than the whole \$1\.00 budget per day \(BUDGET_USD_PER_DAY\)/,
    );
  });

  it("names the organisation's budget, with its variable, when every account together has spent it", () => {
    const withOrganisation = periodBudgets({ ...BUDGETS, organisationPerDayMicroUsd: 5_000_000 }, NOW);
    const error = periodBudgetError(withOrganisation, [10_000, 10_000, 5_000_000], 1_000, NOW)!;
    expect(error.retryAfterSeconds).toBe(5.5 * 3600);
    expect(error.message).toBe(
      "Today's spending budget of the organisation (every account together) is used up ($5.00 of $5.00 spent, ORGANISATION_BUDGET_USD_PER_DAY). It resets at midnight UTC, in about 6 hours.",
    );
    expect(periodBudgetError(withOrganisation, [0, 0, 0], 6_000_000, NOW)!.message).toMatch(
      /more than the whole \$1\.00 budget per day \(BUDGET_USD_PER_DAY\)/,
    );
  });
});

describe('the per-session budget and unknown prices', () => {
  it("says the session's budget would be used, without a reset to wait for", () => {
    const error = sessionBudgetError(62_000, 50_000);
    expect(error.code).toBe('budget_exceeded');
    expect(error.retryAfterSeconds).toBeUndefined();
    expect(error.message).toMatch(
      /about \$0\.062, more than the \$0\.05 budget for one session \(BUDGET_USD_PER_SESSION\)/,
    );
    expect(error.message).toMatch(/this session's budget would be used up/);
  });

  it('refuses a model of unknown price on the model field, saying why and naming the budgets set', () => {
    const error = unknownPriceError('my-local-llama', BUDGETS);
    expect(error).toMatchObject({ code: 'invalid_input', field: 'model' });
    expect(error.message).toContain('"my-local-llama" is unknown, so what it costs cannot be counted');
    expect(error.message).toContain('(BUDGET_USD_PER_DAY and BUDGET_USD_PER_MONTH)');
    const organisation = unknownPriceError('x', { ...BUDGETS, perDayMicroUsd: null, organisationPerDayMicroUsd: 1 });
    expect(organisation.message).toContain('(BUDGET_USD_PER_MONTH and ORGANISATION_BUDGET_USD_PER_DAY)');
  });
});
