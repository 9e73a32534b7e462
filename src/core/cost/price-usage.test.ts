import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MODEL_REGISTRY } from '../models/model-registry.js';
import { findModelPrice, formatUsd, microUsdToUsd, priceUsage } from './price-usage.js';

const NO_TOKENS = { inputTokens: 0, cachedTokens: 0, outputTokens: 0, reasoningTokens: 0 };

describe('priceUsage', () => {
  it('bills cached input at the cached rate and reasoning only once, as output (gpt-5.4-mini)', () => {
    // 6,000 uncached x 0.75 + 4,000 cached x 0.075 + 2,000 output x 4.50 (reasoning included).
    const tokens = { inputTokens: 10_000, cachedTokens: 4_000, outputTokens: 2_000, reasoningTokens: 1_500 };
    expect(priceUsage('gpt-5.4-mini', tokens)).toBe(4_500 + 300 + 9_000);
  });

  it('prices gpt-4o with a cache hit exactly', () => {
    const tokens = { inputTokens: 1_234, cachedTokens: 1_024, outputTokens: 567, reasoningTokens: 0 };
    expect(priceUsage('gpt-4o', tokens)).toBe(210 * 2.5 + 1_024 * 1.25 + 5_670);
  });

  it('rounds once at the end, not per part', () => {
    // 7 x 0.05 + 1 x 0.40 = 0.75 micro-dollars: 1, where rounding each part would give 0.
    expect(priceUsage('gpt-5-nano', { ...NO_TOKENS, inputTokens: 7, outputTokens: 1 })).toBe(1);
  });

  it('returns null for a model without a known price, never 0', () => {
    for (const modelId of ['llama3.1:8b', 'my-finetune', 'gpt-9-2030-01-01', '']) {
      expect(priceUsage(modelId, { ...NO_TOKENS, inputTokens: 1_000 })).toBeNull();
      expect(priceUsage(modelId, NO_TOKENS)).toBeNull();
    }
  });

  it('returns 0 for a known model with no tokens', () => {
    for (const model of MODEL_REGISTRY) expect(priceUsage(model.id, NO_TOKENS)).toBe(0);
  });

  it('prices dated snapshots and provider-prefixed ids like their base model', () => {
    const tokens = { inputTokens: 1_000_000, cachedTokens: 0, outputTokens: 1_000_000, reasoningTokens: 0 };
    expect(priceUsage('gpt-4o-mini-2024-07-18', tokens)).toBe(priceUsage('gpt-4o-mini', tokens));
    expect(priceUsage('gpt-5.4-mini-2026-03-05', tokens)).toBe(5_250_000);
    expect(priceUsage('gpt-4o-2024-08-06', tokens)).toBe(12_500_000);
    expect(priceUsage('openai/gpt-4o', tokens)).toBe(12_500_000);
  });

  it('does not price gpt-4o-2024-05-13 as gpt-4o (it had its own, higher price)', () => {
    expect(findModelPrice('gpt-4o-2024-05-13')).toBeNull();
    expect(priceUsage('gpt-4o-2024-05-13', { ...NO_TOKENS, inputTokens: 100 })).toBeNull();
  });

  it('never charges less for more input or output, nor more for a larger cached share', () => {
    const count = fc.integer({ min: 0, max: 5_000_000 });
    fc.assert(
      fc.property(
        fc.constantFrom(...MODEL_REGISTRY.map((model) => model.id)),
        count,
        count,
        count,
        count,
        count,
        (modelId, input, cachedPart, output, reasoning, extra) => {
          const cached = Math.min(cachedPart, input);
          const base = {
            inputTokens: input,
            cachedTokens: cached,
            outputTokens: output,
            reasoningTokens: Math.min(reasoning, output),
          };
          const cost = priceUsage(modelId, base) ?? Number.NaN;
          expect(priceUsage(modelId, { ...base, inputTokens: input + extra })).toBeGreaterThanOrEqual(cost);
          expect(priceUsage(modelId, { ...base, outputTokens: output + extra })).toBeGreaterThanOrEqual(cost);
          expect(priceUsage(modelId, { ...base, cachedTokens: Math.min(cached + extra, input) })).toBeLessThanOrEqual(
            cost,
          );
          expect(priceUsage(modelId, { ...base, reasoningTokens: 0 })).toBe(cost);
          expect(Number.isInteger(cost)).toBe(true);
        },
      ),
    );
  });
});

describe('microUsdToUsd', () => {
  it('converts micro-dollars to dollars', () => {
    expect(microUsdToUsd(13_800)).toBe(0.0138);
    expect(microUsdToUsd(1_230_000)).toBe(1.23);
  });
});

describe('formatUsd', () => {
  it.each([
    [null, 'unknown'],
    [0, '$0.00'],
    [1.23, '$1.23'],
    [12.345, '$12.35'],
    [0.5, '$0.50'],
    [0.1, '$0.10'],
    [0.042, '$0.042'],
    [0.05, '$0.05'],
    [0.0042, '$0.0042'],
    [0.000031, '$0.000031'],
    [0.000001, '$0.000001'],
    [0.0138, '$0.0138'],
    [0.0104, '$0.0104'],
    [0.02, '$0.02'],
    [0.99999, '$1.00'],
  ])('formats %s as %s', (usd, expected) => {
    expect(formatUsd(usd)).toBe(expected);
  });
});
