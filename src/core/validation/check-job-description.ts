import { countCharacters } from './count-characters.js';
import { detectPromptInjection, type InjectionFinding } from './detect-prompt-injection.js';
import { sanitizeJobDescription } from './sanitize-job-description.js';

/** Fewest characters a job description may have once cleaned. */
export const MIN_JOB_DESCRIPTION_CHARS = 30;
export const DEFAULT_MAX_INPUT_CHARS = 5000;

/**
 * A paste this many times over the limit is refused before cleaning: markup copied from a job
 * board can be several times longer than its text, but not this much.
 */
const RAW_LENGTH_FACTOR = 20;
const MIN_RAW_LENGTH_CAP = 100_000;

/** The longest raw paste accepted for a limit of `maxChars` cleaned characters. */
export function rawInputLimitFor(maxChars: number): number {
  return Math.max(maxChars * RAW_LENGTH_FACTOR, MIN_RAW_LENGTH_CAP);
}

export type JobDescriptionCheck =
  { ok: true; value: string } | { ok: false; code: 'invalid_input' | 'prompt_injection'; message: string };

/**
 * Cleans a pasted job description (see `sanitizeJobDescription`) and checks its length and that
 * it holds no prompt-injection attempt. On success `value` is the cleaned text to use.
 *
 * Lengths are measured after cleaning, so HTML markup or invisible characters copied along with
 * the posting do not count against the limit, and what is checked is exactly what is sent. They
 * are counted in characters as a person sees them (code points: an emoji is one), see countCharacters.
 */
export function checkJobDescription(raw: string, options: { maxChars: number }): JobDescriptionCheck {
  const limit = options.maxChars;
  // A bound on the work done before cleaning, in UTF-16 units: generous enough for any paste.
  if (raw.length > rawInputLimitFor(limit)) return tooLong(limit, countCharacters(raw));
  const value = sanitizeJobDescription(raw);
  const length = countCharacters(value);
  if (length === 0) return invalid('Paste a job description.');
  if (length < MIN_JOB_DESCRIPTION_CHARS)
    return invalid(
      `The job description is too short: give at least ${MIN_JOB_DESCRIPTION_CHARS} characters (it has ${length}).`,
    );
  if (length > limit) return tooLong(limit, length);
  const finding = detectPromptInjection(raw);
  if (finding) return { ok: false, code: 'prompt_injection', message: injectionMessage(finding) };
  return { ok: true, value };
}

/** Patterns that find active web content (scripts, script links) rather than words aimed at the AI. */
const MARKUP_PATTERNS = new Set(['script_tag', 'javascript_url', 'data_html_url', 'html_event_handler']);

function injectionMessage(finding: InjectionFinding): string {
  if (MARKUP_PATTERNS.has(finding.pattern)) {
    return `The job description contains web page code ("${finding.excerpt}"), such as a script. Copy the text of the posting rather than the page's HTML source, or remove that part, and try again.`;
  }
  return `The job description contains text that looks like instructions to the AI rather than part of a job posting: "${finding.excerpt}". Remove that part and try again.`;
}

function tooLong(limit: number, length: number): JobDescriptionCheck {
  return invalid(
    `The job description is too long: the limit is ${limit} characters (it has ${length}). Shorten it, for example by removing the company boilerplate.`,
  );
}

function invalid(message: string): JobDescriptionCheck {
  return { ok: false, code: 'invalid_input', message };
}
