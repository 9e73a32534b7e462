import { z } from 'zod';
import { checkAnswer } from '../validation/check-answer.js';
import { MAX_ANSWER_CHARS, MIN_ANSWER_CHARS, PracticeOptionsSchema, type PracticeRequest } from './practice.js';

export type PracticeRequestLimits = { maxAnswerChars?: number };

/**
 * The practice request as the API accepts it: the options plus the answer, cleaned like a job
 * description and checked for length. A failed check carries its error code in the issue's params.
 */
export function createPracticeRequestSchema(limits: PracticeRequestLimits = {}) {
  const maxChars = limits.maxAnswerChars ?? MAX_ANSWER_CHARS;
  return PracticeOptionsSchema.extend({
    answer: z.string({ error: 'Write or speak your answer first.' }).transform((raw, context) => {
      const check = checkAnswer(raw, { minChars: MIN_ANSWER_CHARS, maxChars });
      if (check.ok) return check.value;
      context.addIssue({ code: 'custom', message: check.message, params: { errorCode: check.code } });
      return z.NEVER;
    }),
  }) satisfies z.ZodType<PracticeRequest, unknown>;
}

export type PracticeRequestInput = z.input<ReturnType<typeof createPracticeRequestSchema>>;
