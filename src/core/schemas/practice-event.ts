import { z } from 'zod';
import { ApiErrorBodySchema } from './api.js';
import { RetryNoticeSchema, SpendSchema } from './model-stream.js';
import { CriterionFeedbackSchema, FeedbackSchema, DeliverySchema } from './practice.js';
import { UsageSchema } from './usage.js';

/**
 * The Server-Sent Events of POST /api/practice, by name. Order: started (before any call to the AI
 * service), retry*, criterion* (each scored criterion as soon as it is complete) mixed with
 * progress*, feedback (the whole feedback, verdict computed), followUp, usage, done; or usage and
 * error at any point, after which nothing follows.
 */
export const PracticeEventDataSchemas = {
  started: z.object({ attemptId: z.uuid(), threadId: z.uuid(), delivery: DeliverySchema }),
  retry: RetryNoticeSchema,
  progress: SpendSchema,
  criterion: z.object({ index: z.number().int().nonnegative(), criterion: CriterionFeedbackSchema }),
  feedback: FeedbackSchema,
  followUp: z.object({ text: z.string() }),
  usage: UsageSchema,
  done: z.object({ attemptId: z.uuid(), threadId: z.uuid() }),
  error: ApiErrorBodySchema,
} as const;

export type PracticeEventName = keyof typeof PracticeEventDataSchemas;
export type PracticeEvent = {
  [Name in PracticeEventName]: { event: Name; data: z.infer<(typeof PracticeEventDataSchemas)[Name]> };
}[PracticeEventName];

/** The Server-Sent Events of POST /api/practice/:attemptId/explain. */
export const ExplainEventDataSchemas = {
  delta: z.object({ text: z.string() }),
  usage: UsageSchema,
  done: z.object({ attemptId: z.uuid() }),
  error: ApiErrorBodySchema,
} as const;
export type ExplainEventName = keyof typeof ExplainEventDataSchemas;
export type ExplainEvent = {
  [Name in ExplainEventName]: { event: Name; data: z.infer<(typeof ExplainEventDataSchemas)[Name]> };
}[ExplainEventName];

/** POST /api/practice with `accept: application/json`. */
export const PracticeAnswerSchema = z.object({
  attemptId: z.uuid(),
  threadId: z.uuid(),
  feedback: FeedbackSchema,
  followUp: z.string(),
  usage: UsageSchema.nullable(),
});
export type PracticeAnswer = z.infer<typeof PracticeAnswerSchema>;

/** POST /api/practice/:attemptId/cancel (202). */
export const PracticeCancelAnswerSchema = z.object({
  attemptId: z.uuid(),
  saved: z.enum(['partial', 'none']),
  usage: UsageSchema.nullable(),
});
export type PracticeCancelAnswer = z.infer<typeof PracticeCancelAnswerSchema>;
