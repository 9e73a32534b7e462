import type { Technique } from '../core/schemas/generation-request.js';
import type { PromptMessage } from '../core/schemas/prompt-message.js';
import type { Usage } from '../core/schemas/usage.js';
import { createSpendMeter } from './create-spend-meter.js';

/**
 * The usage of a generation the server never reported (cancelled, dropped, timed out): the prompt
 * and the reply received so far, counted with the tokenizer. Reasoning tokens cannot be seen, so
 * the figure is a lower bound; it is marked `estimated`.
 */
export async function estimateSpentUsage(
  messages: readonly PromptMessage[],
  technique: Technique,
  reply: string,
  model: string,
): Promise<Usage> {
  const spend = (await createSpendMeter(messages, technique, model)).measure(reply);
  return { ...spend, cachedTokens: 0, reasoningTokens: 0, model, estimated: true };
}
