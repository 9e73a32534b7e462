import { z } from 'zod';
import { ReasoningEffortSchema } from './generation-request.js';

export const ModelFamilySchema = z.enum(['reasoning', 'classic']);
export type ModelFamily = z.infer<typeof ModelFamilySchema>;

/** USD per one million tokens. */
export const ModelPriceSchema = z.object({
  inputPerMillion: z.number().nonnegative(),
  cachedInputPerMillion: z.number().nonnegative(),
  outputPerMillion: z.number().nonnegative(),
  /** ISO date the price was last checked against a published list. */
  checkedOn: z.string(),
  /** Where the figure comes from: OpenAI's own page or a third-party copy of it. */
  source: z.enum(['openai', 'third_party']),
});
export type ModelPrice = z.infer<typeof ModelPriceSchema>;

/** One row of the model registry, as GET /api/models sends it. */
export const ModelInfoSchema = z.object({
  id: z.string(),
  label: z.string(),
  family: ModelFamilySchema,
  /** reasoning_effort values the model accepts; empty for classic models. */
  reasoningEfforts: z.array(ReasoningEffortSchema).readonly(),
  price: ModelPriceSchema,
  /** ISO date OpenAI shuts the model down, when announced. */
  shutdownOn: z.string().nullable(),
});
export type ModelInfo = z.infer<typeof ModelInfoSchema>;
