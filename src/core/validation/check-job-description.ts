/** Fewest characters a job description may have once cleaned. */
export const MIN_JOB_DESCRIPTION_CHARS = 30;
export const DEFAULT_MAX_INPUT_CHARS = 5000;

export type JobDescriptionCheck =
  | { ok: true; value: string }
  | { ok: false; code: 'invalid_input' | 'prompt_injection'; message: string };

/**
 * Cleans a pasted job description (trim, strip HTML tags and control characters) and checks
 * its length and that it holds no prompt-injection attempt.
 * TODO(validation helper): full sanitising and injection detection.
 */
export function checkJobDescription(raw: string, options: { maxChars: number }): JobDescriptionCheck {
  const value = raw.trim();
  if (value.length === 0) return { ok: false, code: 'invalid_input', message: 'Paste a job description.' };
  if (value.length < MIN_JOB_DESCRIPTION_CHARS)
    return {
      ok: false,
      code: 'invalid_input',
      message: `The job description is too short: give at least ${MIN_JOB_DESCRIPTION_CHARS} characters.`,
    };
  if (value.length > options.maxChars)
    return {
      ok: false,
      code: 'invalid_input',
      message: `The job description is too long: the limit is ${options.maxChars} characters.`,
    };
  return { ok: true, value };
}
