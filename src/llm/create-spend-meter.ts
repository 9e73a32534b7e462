import { microUsdToUsd, priceUsage } from '../core/cost/price-usage.js';
import type { Technique } from '../core/schemas/generation-request.js';
import type { PromptMessage } from '../core/schemas/prompt-message.js';
import type { Usage } from '../core/schemas/usage.js';
import { billedInputOf } from '../core/schemas/response-schema-text.js';

/** Tokens and dollars spent so far on a reply still streaming, counted with the tokenizer. */
export type Spend = { inputTokens: number; outputTokens: number; costUsd: number | null };

export type SpendMeter = { measure(reply: string): Spend };

/**
 * Counts what a generation has cost so far: the prompt and the response schema once, the reply
 * each time it is asked (o200k tokens; reasoning tokens are invisible until the AI service reports
 * usage).
 */
export async function createSpendMeter(
  messages: readonly PromptMessage[],
  technique: Technique,
  model: string,
): Promise<SpendMeter> {
  // Loaded on first use: the tokenizer's tables are large.
  const { countPromptTokens, countTextTokens } = await import('../core/cost/estimate-prompt.js');
  const inputTokens = countPromptTokens(billedInputOf(messages, technique));
  return {
    measure(reply) {
      const outputTokens = countTextTokens(reply);
      const microUsd = priceUsage(model, { inputTokens, cachedTokens: 0, outputTokens, reasoningTokens: 0 });
      return { inputTokens, outputTokens, costUsd: microUsd === null ? null : microUsdToUsd(microUsd) };
    },
  };
}

/**
 * The usage of a generation the server never reported (cancelled, dropped, timed out), from what
 * was counted. Reasoning tokens cannot be seen, so it is a lower bound, marked `estimated`.
 */
export function toEstimatedUsage(spend: Spend, model: string): Usage {
  return { ...spend, cachedTokens: 0, reasoningTokens: 0, model, estimated: true };
}
