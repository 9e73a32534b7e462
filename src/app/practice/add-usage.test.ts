import { describe, expect, it } from 'vitest';
import type { Usage } from '../../core/schemas/usage.js';
import { addUsage } from './add-usage.js';

const usage = (overrides: Partial<Usage> = {}): Usage => ({
  inputTokens: 100,
  cachedTokens: 10,
  outputTokens: 50,
  reasoningTokens: 5,
  costUsd: 0.001,
  model: 'gpt-4.1-mini',
  ...overrides,
});

describe('addUsage', () => {
  it('adds tokens and costs, keeping the first model', () => {
    expect(addUsage(usage(), usage({ costUsd: 0.002, model: 'other' }))).toEqual({
      inputTokens: 200,
      cachedTokens: 20,
      outputTokens: 100,
      reasoningTokens: 10,
      costUsd: 0.003,
      model: 'gpt-4.1-mini',
    });
  });

  it('keeps a known cost when the other is unknown, and null only when both are', () => {
    expect(addUsage(usage({ costUsd: null }), usage())?.costUsd).toBe(0.001);
    expect(addUsage(usage({ costUsd: null }), usage({ costUsd: null }))?.costUsd).toBeNull();
  });

  it('is estimated when either part was, and returns the other part when one is missing', () => {
    expect(addUsage(usage(), usage({ estimated: true }))?.estimated).toBe(true);
    expect(addUsage(null, usage())).toEqual(usage());
    expect(addUsage(usage(), null)).toEqual(usage());
    expect(addUsage(null, null)).toBeNull();
  });
});
