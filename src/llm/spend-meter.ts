import { microUsdToUsd, priceUsage } from '../core/cost/price-usage.js';
import type { Spend } from '../core/schemas/model-stream.js';
import type { PromptMessage } from '../core/schemas/prompt-message.js';
import type { Usage } from '../core/schemas/usage.js';

export type SpendMeter = {
  /** What the call has cost so far, with `outputTokensSoFar` counted by the caller. */
  measure(outputTokens: number): Spend;
  /** Counts the tokens of a piece of the reply. */
  countText(text: string): number;
};

/**
 * Counts what a call costs while it streams: the billed input (messages, and the response schema
 * when it is sent as one) once, the reply piece by piece so the work stays linear in its length.
 * Reasoning tokens are invisible until the AI service reports usage.
 */
export async function createSpendMeter(billedInput: readonly PromptMessage[], model: string): Promise<SpendMeter> {
  // Loaded on first use: the tokenizer's tables are large.
  const { countPromptTokens, countTextTokens } = await import('../core/cost/estimate-prompt.js');
  const inputTokens = countPromptTokens(billedInput);
  return {
    countText: countTextTokens,
    measure(outputTokens) {
      const microUsd = priceUsage(model, { inputTokens, cachedTokens: 0, outputTokens, reasoningTokens: 0 });
      return { inputTokens, outputTokens, costUsd: microUsd === null ? null : microUsdToUsd(microUsd) };
    },
  };
}

/**
 * The usage of a call the server never reported (cancelled, dropped, timed out), from what was
 * counted. Reasoning tokens cannot be seen, so it is a lower bound, marked `estimated`.
 */
export function toEstimatedUsage(spend: Spend, model: string): Usage {
  return { ...spend, cachedTokens: 0, reasoningTokens: 0, model, estimated: true };
}
