import { z } from 'zod';

/** Tokens and cost of one generation. costUsd is null when the model's price is unknown. */
export const UsageSchema = z.object({
  inputTokens: z.number().int().nonnegative(),
  cachedTokens: z.number().int().nonnegative(),
  outputTokens: z.number().int().nonnegative(),
  reasoningTokens: z.number().int().nonnegative(),
  costUsd: z.number().nonnegative().nullable(),
  model: z.string(),
});
export type Usage = z.infer<typeof UsageSchema>;
