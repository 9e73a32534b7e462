import { describe, expect, it } from 'vitest';
import { checkArithmetic } from './check-arithmetic.js';

describe('checkArithmetic', () => {
  it.each([
    ['120 x 4 = 480', 480, 480],
    ['£3,200 / 8 = £400', 400, 400],
    ['12% of 250 = 30', 30, 30],
    ['4.1 - 3.6 = 0.5', 0.5, 0.5],
    ['2 * 3.5 = 7', 7, 7],
    ['8 ÷ 2 = 4', 4, 4],
    ['5 − 3 = 2', 2, 2],
    ['2×3=6', 6, 6],
    ['€1.250,50 + €249,50 = €1.500', 1500, 1500],
    ['100 + 20 x 2 = 140', 140, 140],
    ['30% + 20% = 50%', 0.5, 0.5],
    ['10 / 3 = 3.33', 3.33, 3.333333],
  ])('finds %j and marks it correct', (statement, stated, computed) => {
    expect(checkArithmetic(`We worked out that ${statement}, roughly.`)).toEqual([
      { expression: statement.replace(/\s*=\s*/, ' = '), stated, computed, correct: true },
    ]);
  });

  it.each([
    ['120 x 4 = 500', 480],
    ['180,000 / 30,000 = 8', 6],
    ['12% of 250 = 35', 30],
    ['4.1 - 3.6 = 0.7', 0.5],
  ])('marks %j incorrect, with the recomputed value', (statement, computed) => {
    expect(checkArithmetic(statement)).toMatchObject([{ computed, correct: false }]);
  });

  it('accepts a stated value within 0.5% or rounded to its precision', () => {
    expect(checkArithmetic('1,234 x 3 = 3,700')[0]?.correct).toBe(true);
    expect(checkArithmetic('2 / 3 = 0.67')[0]?.correct).toBe(true);
    expect(checkArithmetic('2 / 3 = 0.6')[0]?.correct).toBe(false);
  });

  it('checks each step of a chain of statements', () => {
    const checks = checkArithmetic('120 x 4 = 480 / 2 = 250');
    expect(checks.map((check) => [check.expression, check.correct])).toEqual([
      ['120 x 4 = 480', true],
      ['480 / 2 = 250', false],
    ]);
  });

  it('finds every statement in a longer answer', () => {
    const answer =
      'Revenue is 120 x 28 = 3,360 pounds. Food at 38% of 3,360 = 1,276.8, and staff cost 4 x 150 = 600. So 3,360 - 1,276.8 - 600 = 1,483.2.';
    expect(checkArithmetic(answer).map((check) => check.correct)).toEqual([true, true, true, true]);
  });

  it.each(['x = 5', 'We served 480 covers.', 'In 2019-2020 we grew.', 'Ratio 3:2', '= 4', 'a + b = c', ''])(
    'finds nothing in %j',
    (text) => expect(checkArithmetic(text)).toEqual([]),
  );
});

describe('checkArithmetic with negative values', () => {
  it('reads a negative result, and skips a statement that starts with a negative operand', () => {
    expect(checkArithmetic('1 − 2 = -1')).toMatchObject([{ stated: -1, computed: -1, correct: true }]);
    expect(checkArithmetic('A loss of -5 x 2 = -10')).toEqual([]);
  });
});
