import { describe, expect, it } from 'vitest';
import type { BudgetStatus } from '../../../core/schemas/public-config.js';
import { describeBudget } from './describe-budget.js';

const NONE: BudgetStatus = {
  perDayUsd: null,
  perMonthUsd: null,
  perSessionUsd: null,
  spentTodayUsd: 0,
  spentThisMonthUsd: 0,
  organisation: null,
};
const ORGANISATION_NONE = { perDayUsd: null, perMonthUsd: null, spentTodayUsd: 0, spentThisMonthUsd: 0 };

describe('describeBudget', () => {
  it('says what is left of each budget that is set', () => {
    expect(describeBudget({ ...NONE, perDayUsd: 1, spentTodayUsd: 0.58 }, null)).toEqual({
      text: 'Budget left today: $0.42 of $1.00',
      warning: null,
    });
    expect(
      describeBudget(
        { ...NONE, perDayUsd: 1, perMonthUsd: 10, perSessionUsd: 0.5, spentTodayUsd: 0.58, spentThisMonthUsd: 5.9 },
        0.01,
      ).text,
    ).toBe('Budget left today: $0.42 of $1.00 · this month: $4.10 of $10.00 · at most $0.50 per session');
    expect(describeBudget({ ...NONE, perSessionUsd: 0.5 }, null).text).toBe('Budget: at most $0.50 per session');
  });

  it('never shows less than nothing left, when a generation cost more than was left', () => {
    expect(describeBudget({ ...NONE, perMonthUsd: 1, spentThisMonthUsd: 1.12 }, null).text).toBe(
      'Budget left this month: $0.00 of $1.00',
    );
  });

  it('warns when the estimate does not fit, naming the budget that refuses it', () => {
    const budgets: BudgetStatus = { ...NONE, perDayUsd: 1, perMonthUsd: 10, spentTodayUsd: 0.99, spentThisMonthUsd: 2 };
    expect(describeBudget(budgets, 0.01).warning).toBeNull();
    expect(describeBudget(budgets, 0.0101).warning).toBe(
      'This generation (≈ $0.0101) does not fit what is left today.',
    );
    expect(describeBudget({ ...budgets, spentThisMonthUsd: 9.995 }, 0.0101).warning).toMatch(/left this month/);
    expect(describeBudget({ ...NONE, perSessionUsd: 0.005 }, 0.0101).warning).toMatch(/over the budget per session/);
  });

  it("shows what is left of the organisation's budgets after the account's own, and warns when they are short", () => {
    const budgets: BudgetStatus = {
      ...NONE,
      perDayUsd: 1,
      spentTodayUsd: 0.5,
      organisation: {
        ...ORGANISATION_NONE,
        perDayUsd: 50,
        perMonthUsd: 500,
        spentTodayUsd: 49.99,
        spentThisMonthUsd: 100,
      },
    };
    expect(describeBudget(budgets, 0.01)).toEqual({
      text: 'Budget left today: $0.50 of $1.00 · organisation today: $0.01 of $50.00 · organisation this month: $400.00 of $500.00',
      warning: null,
    });
    expect(describeBudget(budgets, 0.02).warning).toBe(
      'This generation (≈ $0.02) does not fit what is left of the organisation today.',
    );
  });
});
