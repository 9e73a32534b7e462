import { z } from 'zod';
import { checkCandidateProfile, DEFAULT_MAX_PROFILE_CHARS } from '../validation/check-candidate-profile.js';
import { checkJobDescription } from '../validation/check-job-description.js';
import type { InjectionDetector } from '../validation/detect-prompt-injection.js';
import { GenerationOptionsSchema, type GenerationRequest } from './generation-request.js';

export type RequestLimits = { maxInputChars: number; maxProfileChars?: number };

/** A paste check that failed: its error code, and for an injection the passages to remove. */
type FailedPasteCheck = { code: string; message: string; passages?: string[] };

/**
 * The generation request as the API accepts it. The job description and the candidate profile
 * are cleaned and checked (length, injection); a failed check carries its error code in the
 * issue's params (with the passages to remove, for an injection). The server and the web form use
 * this same schema; the server always passes the injection detector, the browser once it has
 * loaded it (null skips that check).
 */
export function createGenerationRequestSchema(limits: RequestLimits, detectInjection: InjectionDetector | null) {
  const maxProfileChars = limits.maxProfileChars ?? DEFAULT_MAX_PROFILE_CHARS;
  return GenerationOptionsSchema.extend({
    jobDescription: z.string({ error: 'Paste a job description.' }).transform((raw, context) => {
      const check = checkJobDescription(raw, { maxChars: limits.maxInputChars, detectInjection });
      if (check.ok) return check.value;
      context.addIssue(pasteIssue(check));
      return z.NEVER;
    }),
    candidateProfile: z
      .string()
      .optional()
      .transform((raw, context) => {
        if (raw === undefined) return undefined;
        const check = checkCandidateProfile(raw, { maxChars: maxProfileChars, detectInjection });
        if (check.ok) return check.value;
        context.addIssue(pasteIssue(check));
        return z.NEVER;
      }),
  }) satisfies z.ZodType<GenerationRequest, unknown>;
}

function pasteIssue(check: FailedPasteCheck) {
  const passages = check.passages ?? [];
  return {
    code: 'custom' as const,
    message: check.message,
    params: { errorCode: check.code, ...(passages.length > 0 ? { passages } : {}) },
  };
}

export type GenerationRequestInput = z.input<ReturnType<typeof createGenerationRequestSchema>>;
