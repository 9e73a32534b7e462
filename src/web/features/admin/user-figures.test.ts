import { describe, expect, it } from 'vitest';
import type { AdminUser } from '../../../core/schemas/admin-users.js';
import { describeOrganisationBudget, formatMicroUsd, remainingBudgetsOf } from './user-figures.js';

const user: AdminUser = {
  id: 'user-1',
  email: 'sam@example.com',
  admin: false,
  disabled: false,
  createdAt: '2026-03-01T10:00:00.000Z',
  spentTodayMicroUsd: 250_000,
  spentThisMonthMicroUsd: 4_100_000,
};

describe('formatMicroUsd', () => {
  it('formats micro-dollars like every other amount of the app', () => {
    expect(formatMicroUsd(0)).toBe('$0.00');
    expect(formatMicroUsd(10_400)).toBe('$0.0104');
    expect(formatMicroUsd(42)).toBe('$0.000042');
    expect(formatMicroUsd(1_234_567)).toBe('$1.23');
  });
});

describe('describeOrganisationBudget', () => {
  it('says what every account together spent of each organisation cap, and what is left, never below zero', () => {
    expect(describeOrganisationBudget(null)).toBeNull();
    expect(
      describeOrganisationBudget({ perDayUsd: 50, perMonthUsd: 500, spentTodayUsd: 12.3, spentThisMonthUsd: 80 }),
    ).toBe(
      'Organisation (every account together): today $12.30 of $50.00 spent, $37.70 left · this month $80.00 of $500.00 spent, $420.00 left',
    );
    expect(
      describeOrganisationBudget({ perDayUsd: null, perMonthUsd: 5, spentTodayUsd: 1, spentThisMonthUsd: 5.2 }),
    ).toBe('Organisation (every account together): this month $5.20 of $5.00 spent, $0.00 left');
  });
});

describe('remainingBudgetsOf', () => {
  it('is the per-user cap minus what was spent in the period', () => {
    expect(remainingBudgetsOf(user, { perDayUsd: 1, perMonthUsd: 20 })).toEqual({
      todayMicroUsd: 750_000,
      thisMonthMicroUsd: 15_900_000,
    });
  });

  it('never goes below zero, and is null for a period without a cap', () => {
    expect(remainingBudgetsOf(user, { perDayUsd: 0.1, perMonthUsd: null })).toEqual({
      todayMicroUsd: 0,
      thisMonthMicroUsd: null,
    });
    expect(remainingBudgetsOf(user, null)).toEqual({ todayMicroUsd: null, thisMonthMicroUsd: null });
  });
});
