import { describe, expect, it } from 'vitest';
import { describeSpentSoFar, REASONING_NOT_COUNTED_YET, reasoningCountedAtEnd } from './describe-spent-so-far.js';

const spent = { inputTokens: 1200, outputTokens: 345, costUsd: 0.0021 };

describe('describeSpentSoFar', () => {
  it('gives the tokens and dollars so far, and says the exact figures come at the end', () => {
    expect(describeSpentSoFar(spent, false)).toBe(
      'So far ≈ 1,545 tokens (1,200 in, 345 out), ≈ $0.0021. Exact figures when the generation ends.',
    );
  });

  it("says, next to a reasoning model's figure, that its reasoning tokens are not counted yet", () => {
    const text = describeSpentSoFar(spent, true);
    expect(text).toBe(`So far ≈ 1,545 tokens (1,200 in, 345 out), ≈ $0.0021 ${REASONING_NOT_COUNTED_YET}.`);
    expect(text).toContain('+ reasoning tokens and their cost, counted when the reply ends');
  });

  it('says so before the first count too, and gives no dollar figure for an unknown price', () => {
    expect(describeSpentSoFar(null, false)).toBe('Counting as the reply arrives…');
    expect(describeSpentSoFar(null, true)).toBe(`Counting as the reply arrives… (${REASONING_NOT_COUNTED_YET})`);
    expect(describeSpentSoFar({ ...spent, costUsd: null }, false)).toMatch(/out\), price unknown\. Exact/);
  });
});

describe('reasoningCountedAtEnd', () => {
  it('is true for reasoning models, known or named like one, unless asked not to reason', () => {
    expect(reasoningCountedAtEnd('gpt-5.4-mini', undefined)).toBe(true);
    expect(reasoningCountedAtEnd('gpt-5-nano', 'high')).toBe(true);
    expect(reasoningCountedAtEnd('o4-mini', undefined)).toBe(true);
    expect(reasoningCountedAtEnd('gpt-5.4-mini', 'none')).toBe(false);
  });

  it('is false for classic and local models, and before the model is known', () => {
    expect(reasoningCountedAtEnd('gpt-4.1-mini', undefined)).toBe(false);
    expect(reasoningCountedAtEnd('llama3.1:8b', undefined)).toBe(false);
    expect(reasoningCountedAtEnd(null, undefined)).toBe(false);
  });
});
