import { z } from 'zod';
import { ApiErrorBodySchema } from './api.js';
import { GenerationResultSchema } from './generation-result.js';
import { ResponseFormatKindSchema, RetryNoticeSchema, SpendSchema } from './model-stream.js';
import { PromptMessageSchema } from './prompt-message.js';
import { QuestionSchema } from './question.js';
import { UsageSchema } from './usage.js';

/**
 * The Server-Sent Events of POST /api/generations, by event name. Order: started (before any call
 * to the AI service), retry* (only while waiting to try the AI service again), prompt, question*
 * (each as soon as it is complete) mixed with progress* (tokens so far), result, usage, done; or
 * usage (what was spent) and error at any point, after which nothing follows.
 */
export const GenerationEventDataSchemas = {
  /** The id the session is saved under, and the one POST /api/generations/:sessionId/cancel takes. */
  started: z.object({ sessionId: z.string() }),
  /** Sent while the server waits before trying the AI service again (before `prompt`). */
  retry: RetryNoticeSchema,
  /**
   * The messages actually sent, and how the JSON reply was asked for (`json_schema` unless the
   * server refused strict schemas). `sessionId` repeats `started` for older clients.
   */
  prompt: z.object({
    model: z.string(),
    messages: z.array(PromptMessageSchema),
    sessionId: z.string(),
    responseFormat: ResponseFormatKindSchema.optional(),
  }),
  question: z.object({ index: z.number().int().nonnegative(), question: QuestionSchema }),
  /** About once a second while the reply streams: tokens spent so far, counted with the tokenizer. */
  progress: SpendSchema,
  result: GenerationResultSchema,
  usage: UsageSchema,
  done: z.object({ id: z.string() }),
  error: ApiErrorBodySchema,
} as const;

export type GenerationEventName = keyof typeof GenerationEventDataSchemas;
export type GenerationEvent = {
  [Name in GenerationEventName]: { event: Name; data: z.infer<(typeof GenerationEventDataSchemas)[Name]> };
}[GenerationEventName];
