import type { CompletionUsage } from 'openai/resources/completions';
import { microUsdToUsd, priceUsage } from '../core/cost/price-usage.js';
import type { Usage } from '../core/schemas/usage.js';

/**
 * Our Usage from the usage OpenAI reports: cached input tokens and reasoning tokens (already part
 * of the output tokens) priced by the registry. The price is looked up for the requested model id,
 * else for the id the server answered with (a dated snapshot); costUsd is null when both are unknown.
 */
export function convertOpenAIUsage(usage: CompletionUsage, model: string, respondedModel?: string): Usage {
  const tokens = {
    inputTokens: usage.prompt_tokens,
    cachedTokens: usage.prompt_tokens_details?.cached_tokens ?? 0,
    outputTokens: usage.completion_tokens,
    reasoningTokens: usage.completion_tokens_details?.reasoning_tokens ?? 0,
  };
  const microUsd = priceUsage(model, tokens) ?? (respondedModel ? priceUsage(respondedModel, tokens) : null);
  return { ...tokens, costUsd: microUsd === null ? null : microUsdToUsd(microUsd), model };
}
