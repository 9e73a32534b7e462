import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkArithmetic, RELATIVE_TOLERANCE } from './check-arithmetic.js';

const operators = [
  { symbol: 'x', apply: (a: number, b: number) => a * b },
  { symbol: '×', apply: (a: number, b: number) => a * b },
  { symbol: '*', apply: (a: number, b: number) => a * b },
  { symbol: '/', apply: (a: number, b: number) => a / b },
  { symbol: '÷', apply: (a: number, b: number) => a / b },
  { symbol: '+', apply: (a: number, b: number) => a + b },
  { symbol: '-', apply: (a: number, b: number) => a - b },
  { symbol: '−', apply: (a: number, b: number) => a - b },
] as const;

const operand = fc.integer({ min: 1, max: 100_000 });
const format = (value: number) => value.toLocaleString('en-US', { maximumFractionDigits: 2 });

describe('checkArithmetic properties', () => {
  it('marks a correct statement correct and one off by more than the tolerance incorrect', () => {
    fc.assert(
      fc.property(
        operand,
        operand,
        fc.constantFrom(...operators),
        fc.double({ min: 0.02, max: 5, noNaN: true }),
        (a, b, operator, offset) => {
          const result = operator.apply(a, b);
          const rounded = Math.round(result * 100) / 100;
          const [right] = checkArithmetic(
            `So ${format(a)} ${operator.symbol} ${format(b)} = ${format(rounded)} in total.`,
          );
          expect(right?.correct).toBe(true);
          const wrong =
            Math.round(
              (result + Math.sign(result || 1) * (Math.abs(result) * RELATIVE_TOLERANCE * 4 + 1 + offset)) * 100,
            ) / 100;
          const [check] = checkArithmetic(
            `So ${format(a)} ${operator.symbol} ${format(b)} = ${format(wrong)} in total.`,
          );
          expect(check?.correct).toBe(false);
        },
      ),
    );
  });

  it('never throws on arbitrary text, and every check it returns is well formed', () => {
    const arithmeticLike = fc
      .array(
        fc.constantFrom(
          '1',
          '2',
          '0',
          '.',
          ',',
          ' ',
          '=',
          'x',
          '%',
          'of',
          '£',
          '/',
          '-',
          '−',
          '+',
          'a',
          '9,999',
          '1e5',
        ),
        { maxLength: 60 },
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), arithmeticLike), (text) => {
        for (const check of checkArithmetic(text)) {
          expect(Number.isFinite(check.stated)).toBe(true);
          expect(Number.isFinite(check.computed)).toBe(true);
          expect(check.expression.length).toBeLessThanOrEqual(200);
        }
      }),
    );
  });

  it('stays fast on a long run of operators with no result', () => {
    const started = performance.now();
    checkArithmetic('1 + '.repeat(2_000));
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
