import { z } from 'zod';
import { ERROR_CODES } from '../errors.js';
import { GenerationResultSchema } from './generation-result.js';
import { PromptMessageSchema } from './prompt-message.js';
import { QuestionSchema } from './question.js';
import { UsageSchema } from './usage.js';

/**
 * The Server-Sent Events of POST /api/generations, by event name. Order: retry* (only while
 * waiting to try the AI service again), prompt, question* (each as soon as it is complete) mixed
 * with progress* (tokens so far), result, usage, done; or error at any point (after which nothing follows).
 */
export const GenerationEventDataSchemas = {
  /** Sent while the server waits before trying the AI service again (before `prompt`). */
  retry: z.object({
    attempt: z.number().int().min(2),
    delaySeconds: z.number().nonnegative(),
    code: z.enum(['upstream_rate_limited', 'upstream_unavailable']),
    message: z.string(),
  }),
  /** `sessionId`: where the session will be saved, also when the generation is stopped. */
  prompt: z.object({ model: z.string(), messages: z.array(PromptMessageSchema), sessionId: z.string() }),
  question: z.object({ index: z.number().int().nonnegative(), question: QuestionSchema }),
  /** About twice a second while the reply streams: tokens spent so far, counted with the tokenizer. */
  progress: z.object({
    inputTokens: z.number().int().nonnegative(),
    outputTokens: z.number().int().nonnegative(),
    costUsd: z.number().nonnegative().nullable(),
  }),
  result: GenerationResultSchema,
  usage: UsageSchema,
  done: z.object({ id: z.string() }),
  error: z.object({
    code: z.enum(ERROR_CODES),
    message: z.string(),
    field: z.string().optional(),
    retryAfterSeconds: z.number().optional(),
  }),
} as const;

export type GenerationEventName = keyof typeof GenerationEventDataSchemas;
export type GenerationEvent = {
  [Name in GenerationEventName]: { event: Name; data: z.infer<(typeof GenerationEventDataSchemas)[Name]> };
}[GenerationEventName];
