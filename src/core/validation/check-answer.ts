import { rawInputLimitFor } from './check-job-description.js';
import { countCharacters } from './count-characters.js';
import { sanitizeJobDescription } from './sanitize-job-description.js';

/** The fewest and most characters an answer may have (see MIN_ANSWER_CHARS and MAX_ANSWER_CHARS). */
export type AnswerLimits = { minChars: number; maxChars: number };

export type AnswerCheck = { ok: true; value: string } | { ok: false; code: 'invalid_input'; message: string };

/**
 * Cleans a practice answer with the job description's sanitiser and checks its length, counted
 * after cleaning in code points. No injection check: a candidate may quote anything, and the
 * answer's delimiters and the system rule keep it from steering the scoring.
 */
export function checkAnswer(raw: string, limits: AnswerLimits): AnswerCheck {
  if (raw.length > rawInputLimitFor(limits.maxChars)) return tooLong(limits.maxChars, countCharacters(raw));
  const value = sanitizeJobDescription(raw);
  const length = countCharacters(value);
  if (length === 0) return invalid('Write or speak your answer first.');
  if (length < limits.minChars) {
    return invalid(
      `Your answer is too short: give at least ${formatCount(limits.minChars)} characters (it has ${formatCount(length)}).`,
    );
  }
  if (length > limits.maxChars) return tooLong(limits.maxChars, length);
  return { ok: true, value };
}

function tooLong(limit: number, length: number): AnswerCheck {
  return invalid(
    `Your answer is too long: the limit is ${formatCount(limit)} characters (it has ${formatCount(length)}).`,
  );
}

function invalid(message: string): AnswerCheck {
  return { ok: false, code: 'invalid_input', message };
}

function formatCount(count: number): string {
  return count.toLocaleString('en-US');
}
