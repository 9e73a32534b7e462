import { rawInputLimitFor, refusal, type PasteCheckOptions } from './check-job-description.js';
import { countCharacters } from './count-characters.js';
import { sanitizeJobDescription } from './sanitize-job-description.js';

/** The longest candidate profile (a CV or a short "about me") a request may carry, by default. */
export const DEFAULT_MAX_PROFILE_CHARS = 8000;

export type CandidateProfileCheck =
  | { ok: true; value: string | undefined }
  | { ok: false; code: 'invalid_input'; message: string }
  | { ok: false; code: 'prompt_injection'; message: string; passages: string[] };

/**
 * Cleans and checks a pasted candidate profile exactly as a job description is checked (the same
 * sanitiser, character count and injection detector), with messages about the profile. An empty
 * profile is no profile: `value` is undefined.
 */
export function checkCandidateProfile(raw: string, options: PasteCheckOptions): CandidateProfileCheck {
  const limit = options.maxChars;
  if (raw.length > rawInputLimitFor(limit)) return tooLong(limit, countCharacters(raw));
  const value = sanitizeJobDescription(raw);
  const length = countCharacters(value);
  if (length === 0) return { ok: true, value: undefined };
  if (length > limit) return tooLong(limit, length);
  const finding = options.detectInjection?.(raw, { cleaned: value }) ?? null;
  if (finding) return refusal(finding, 'Your background', 'a description of your experience');
  return { ok: true, value };
}

function tooLong(limit: number, length: number): CandidateProfileCheck {
  return {
    ok: false,
    code: 'invalid_input',
    message: `Your background is too long: the limit is ${limit} characters (it has ${length}). Keep the experience that matters for this job.`,
  };
}
