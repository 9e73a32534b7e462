import { microUsdToUsd, priceUsage } from '../core/cost/price-usage.js';
import type { PromptMessage } from '../core/schemas/prompt-message.js';
import type { Usage } from '../core/schemas/usage.js';

/**
 * The usage of a generation the server never reported (cancelled, dropped, timed out): the prompt
 * and the reply received so far, counted with the tokenizer. Reasoning tokens cannot be seen, so
 * the figure is a lower bound; it is marked `estimated`.
 */
export async function estimateSpentUsage(messages: readonly PromptMessage[], reply: string, model: string): Promise<Usage> {
  // Loaded on first use: the tokenizer's tables are large.
  const { countPromptTokens, countTextTokens } = await import('../core/cost/estimate-prompt.js');
  const tokens = {
    inputTokens: countPromptTokens(messages),
    cachedTokens: 0,
    outputTokens: countTextTokens(reply),
    reasoningTokens: 0,
  };
  const microUsd = priceUsage(model, tokens);
  return { ...tokens, costUsd: microUsd === null ? null : microUsdToUsd(microUsd), model, estimated: true };
}
