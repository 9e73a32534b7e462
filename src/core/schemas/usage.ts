import { z } from 'zod';

/**
 * Tokens and cost of one generation. costUsd is null when the model's price is unknown.
 * `estimated` is true when the server never reported usage (a cancelled or broken stream) and
 * the figures were counted here with the tokenizer from what was sent and received.
 */
export const UsageSchema = z.object({
  inputTokens: z.number().int().nonnegative(),
  cachedTokens: z.number().int().nonnegative(),
  outputTokens: z.number().int().nonnegative(),
  reasoningTokens: z.number().int().nonnegative(),
  costUsd: z.number().nonnegative().nullable(),
  model: z.string(),
  estimated: z.boolean().optional(),
});
export type Usage = z.infer<typeof UsageSchema>;
