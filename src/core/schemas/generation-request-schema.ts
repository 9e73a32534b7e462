import { z } from 'zod';
import { checkCandidateProfile, DEFAULT_MAX_PROFILE_CHARS } from '../validation/check-candidate-profile.js';
import { checkJobDescription } from '../validation/check-job-description.js';
import { GenerationOptionsSchema, type GenerationRequest } from './generation-request.js';

export type RequestLimits = { maxInputChars: number; maxProfileChars?: number };

/**
 * The generation request as the API accepts it. The job description and the candidate profile
 * are cleaned and checked (length, injection); a failed check carries its error code in the
 * issue's params. The server and the web form use this same schema.
 */
export function createGenerationRequestSchema(limits: RequestLimits) {
  const maxProfileChars = limits.maxProfileChars ?? DEFAULT_MAX_PROFILE_CHARS;
  return GenerationOptionsSchema.extend({
    jobDescription: z.string({ error: 'Paste a job description.' }).transform((raw, context) => {
      const check = checkJobDescription(raw, { maxChars: limits.maxInputChars });
      if (check.ok) return check.value;
      context.addIssue({ code: 'custom', message: check.message, params: { errorCode: check.code } });
      return z.NEVER;
    }),
    candidateProfile: z
      .string()
      .optional()
      .transform((raw, context) => {
        if (raw === undefined) return undefined;
        const check = checkCandidateProfile(raw, { maxChars: maxProfileChars });
        if (check.ok) return check.value;
        context.addIssue({ code: 'custom', message: check.message, params: { errorCode: check.code } });
        return z.NEVER;
      }),
  }) satisfies z.ZodType<GenerationRequest, unknown>;
}

export type GenerationRequestInput = z.input<ReturnType<typeof createGenerationRequestSchema>>;
