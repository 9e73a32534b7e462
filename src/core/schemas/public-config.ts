import { z } from 'zod';

/** What GET /api/config tells the browser. Never the API key itself. */
export const PublicConfigSchema = z.object({
  apiKeyConfigured: z.boolean(),
  /** False when OPENAI_BASE_URL points at a server that needs no key (Ollama, LM Studio...). */
  apiKeyRequired: z.boolean(),
  baseUrlHost: z.string(),
  defaultModel: z.string(),
  limits: z.object({
    minInputChars: z.number().int(),
    maxInputChars: z.number().int(),
    minQuestionCount: z.number().int(),
    maxQuestionCount: z.number().int(),
    rateLimitPerHour: z.number().int(),
    sessionHistoryLimit: z.number().int(),
  }),
});
export type PublicConfig = z.infer<typeof PublicConfigSchema>;
