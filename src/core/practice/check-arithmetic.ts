import type { ArithmeticCheck } from '../schemas/practice.js';
import { MAX_LIST_ITEMS } from '../schemas/session-limits.js';

/** A stated result this close to the recomputed one (relatively) is correct. */
export const RELATIVE_TOLERANCE = 0.005;

type Operator = '+' | '-' | '*' | '/';
type Convention = 'decimal_point' | 'decimal_comma';

const CURRENCY = '[£$€¥₹]';
const NUMBER = `(?:${CURRENCY}\\s?)?\\d+(?:[.,]\\d+)*(?:\\s?%)?`;
const OPERAND = `${NUMBER}(?:\\s*of\\s*${NUMBER})?`;
const OPERATOR = '[x×*/÷+\\-−–]';
const STATED = `[-−–]?\\s?${NUMBER}`;
// Either a chain with at least one operator, or a lone "12% of 250", then "=" and the stated value.
// Not right after a minus sign: a negative first operand would be misread as positive.
const STATEMENT = new RegExp(
  `(?<![\\p{L}\\p{N}.,]|[-−–]\\s?)(${OPERAND}(?:\\s*${OPERATOR}\\s*${OPERAND})+|${NUMBER}\\s*of\\s*${NUMBER})\\s*=\\s*(${STATED})(?![\\p{L}\\p{N}]|[.,]\\d)`,
  'giu',
);
const TOKEN = new RegExp(`${OPERAND}|${OPERATOR}`, 'giu');
const STATED_START = new RegExp(`=\\s*(?=${STATED})`, 'u');

/**
 * Finds the sums an answer states ("120 x 4 = 480", "£3,200 / 8 = £400", "12% of 250 = 30",
 * "4.1 - 3.6 = 0.5") and recomputes them, with the usual precedence (× and ÷ before + and −).
 * Correct means within 0.5% of the recomputed value or equal once rounded to the stated precision.
 * Numbers may carry currency signs and thousands separators; "3.200,50" style is tried too, and a
 * statement counts as correct if either way of reading its numbers makes it so. Never throws.
 */
export function checkArithmetic(answer: string): ArithmeticCheck[] {
  const checks: ArithmeticCheck[] = [];
  STATEMENT.lastIndex = 0;
  for (let match = STATEMENT.exec(answer); match !== null; match = STATEMENT.exec(answer)) {
    const check = checkStatement(match[1] ?? '', match[2] ?? '');
    if (check !== null) checks.push(check);
    if (checks.length >= MAX_LIST_ITEMS) break;
    // "120 x 4 = 480 / 2 = 240": the stated value may start the next statement.
    const statedOffset = match[0].search(STATED_START);
    STATEMENT.lastIndex = match.index + Math.max(statedOffset + 1, 1);
  }
  return checks;
}

function checkStatement(expression: string, statedText: string): ArithmeticCheck | null {
  let fallback: ArithmeticCheck | null = null;
  for (const convention of ['decimal_point', 'decimal_comma'] as const) {
    const computed = evaluate(expression, convention);
    const stated = parseNumber(statedText, convention);
    if (computed === null || stated === null || !Number.isFinite(computed)) continue;
    const check = {
      expression: `${expression} = ${statedText}`.replace(/\s+/g, ' ').slice(0, 200),
      stated,
      computed: roundForDisplay(computed),
      correct: isClose(stated, computed, precisionOf(statedText, convention)),
    };
    if (check.correct) return check;
    fallback ??= check;
  }
  return fallback;
}

function isClose(stated: number, computed: number, statedDecimals: number): boolean {
  const difference = Math.abs(stated - computed);
  const roundingTolerance = 0.5 * 10 ** -statedDecimals + 1e-9;
  return difference <= Math.abs(computed) * RELATIVE_TOLERANCE || difference <= roundingTolerance;
}

/** The expression's value, × and ÷ before + and −, or null when a number does not read this way. */
function evaluate(expression: string, convention: Convention): number | null {
  const tokens = expression.match(TOKEN) ?? [];
  const terms: number[] = [];
  let pending: Operator = '+';
  for (const token of tokens) {
    const operator = toOperator(token);
    if (operator !== null) {
      pending = operator;
      continue;
    }
    const value = parseOperand(token, convention);
    if (value === null) return null;
    if (pending === '*' || pending === '/') {
      const previous = terms.pop() ?? 0;
      terms.push(pending === '*' ? previous * value : previous / value);
    } else terms.push(pending === '-' ? -value : value);
  }
  return terms.reduce((sum, term) => sum + term, 0);
}

function toOperator(token: string): Operator | null {
  if (/^[x×*]$/iu.test(token)) return '*';
  if (/^[/÷]$/u.test(token)) return '/';
  if (token === '+') return '+';
  if (/^[-−–]$/u.test(token)) return '-';
  return null;
}

/** "12% of 250" is 30; "12%" alone is 0.12. */
function parseOperand(token: string, convention: Convention): number | null {
  const [percent, base] = token.split(/\s*of\s*/iu);
  if (base === undefined) return parseNumber(token, convention);
  const share = parseNumber(percent ?? '', convention);
  const whole = parseNumber(base, convention);
  return share === null || whole === null ? null : share * whole;
}

function parseNumber(text: string, convention: Convention): number | null {
  const negative = /^\s*[-−–]/u.test(text);
  if (negative) {
    const magnitude = parseNumber(text.replace(/^\s*[-−–]/u, ''), convention);
    return magnitude === null ? null : -magnitude;
  }
  const isPercent = text.includes('%');
  const digits = text.replace(new RegExp(`${CURRENCY}|%|\\s`, 'gu'), '');
  const [thousands, decimal] = convention === 'decimal_point' ? [',', '.'] : ['.', ','];
  const [whole = '', fraction, extra] = digits.split(decimal);
  if (extra !== undefined) return null;
  const groups = whole.split(thousands);
  if (groups.length > 1 && !groups.slice(1).every((group) => group.length === 3)) return null;
  const value = Number(`${groups.join('')}${fraction === undefined ? '' : `.${fraction}`}`);
  if (!Number.isFinite(value)) return null;
  return isPercent ? value / 100 : value;
}

/** Decimals the stated value was written with (a percentage's count two more, as it is divided by 100). */
function precisionOf(text: string, convention: Convention): number {
  const decimal = convention === 'decimal_point' ? '.' : ',';
  const fraction = text.replace(/[^\d.,]/gu, '').split(decimal)[1] ?? '';
  return fraction.length + (text.includes('%') ? 2 : 0);
}

function roundForDisplay(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
