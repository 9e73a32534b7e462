import { describe, expect, it } from 'vitest';
import { microUsdToUsd, priceUsage } from '../core/cost/price-usage.js';
import { convertOpenAIUsage } from './convert-openai-usage.js';

const USAGE = {
  prompt_tokens: 1_000,
  completion_tokens: 500,
  total_tokens: 1_500,
  prompt_tokens_details: { cached_tokens: 400 },
  completion_tokens_details: { reasoning_tokens: 200 },
};
const tokens = { inputTokens: 1_000, cachedTokens: 400, outputTokens: 500, reasoningTokens: 200 };

describe('convertOpenAIUsage', () => {
  it('reads cached and reasoning tokens and prices them from the registry', () => {
    expect(convertOpenAIUsage(USAGE, 'gpt-4.1-mini')).toEqual({
      ...tokens,
      costUsd: microUsdToUsd(priceUsage('gpt-4.1-mini', tokens) ?? Number.NaN),
      model: 'gpt-4.1-mini',
    });
  });

  it('prices an unknown requested id by the snapshot the server answered with, keeping the requested id', () => {
    const usage = convertOpenAIUsage(USAGE, 'my-alias', 'gpt-4o-mini-2024-07-18');
    expect(usage.costUsd).toBe(microUsdToUsd(priceUsage('gpt-4o-mini', tokens) ?? Number.NaN));
    expect(usage.model).toBe('my-alias');
  });

  it('reports an unknown price as null, never 0, and missing details as 0', () => {
    const usage = convertOpenAIUsage(
      { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 },
      'llama3.1:8b',
      'llama3.1:8b',
    );
    expect(usage).toEqual({
      inputTokens: 10,
      cachedTokens: 0,
      outputTokens: 5,
      reasoningTokens: 0,
      costUsd: null,
      model: 'llama3.1:8b',
    });
  });
});
