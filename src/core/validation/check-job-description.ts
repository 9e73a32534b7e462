import { countCharacters } from './count-characters.js';
import type { InjectionDetector, InjectionFinding } from './detect-prompt-injection.js';
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
  | { ok: true; value: string }
  | { ok: false; code: 'invalid_input'; message: string }
  | { ok: false; code: 'prompt_injection'; message: string; passages: string[] };

export type PasteCheckOptions = {
  maxChars: number;
  /**
   * The prompt-injection detector, or null to skip that check (the browser checks lengths while
   * the user types and loads the detector only when it is needed; the server always passes it).
   */
  detectInjection: InjectionDetector | null;
};

/**
 * Cleans a pasted job description (see `sanitizeJobDescription`) and checks its length and that
 * it holds no prompt-injection attempt. On success `value` is the cleaned text to use.
 *
 * Lengths are measured after cleaning, so HTML markup or invisible characters copied along with
 * the posting do not count against the limit, and what is checked is exactly what is sent. They
 * are counted in characters as a person sees them (code points: an emoji is one), see countCharacters.
 * A refused injection carries the passages to remove (see removePassages).
 */
export function checkJobDescription(raw: string, options: PasteCheckOptions): JobDescriptionCheck {
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
  const finding = options.detectInjection?.(raw, { cleaned: value }) ?? null;
  if (finding) return refusal(finding, 'The job description', 'part of a job posting');
  return { ok: true, value };
}

/** Patterns that find active web content (scripts, script links) rather than words aimed at the AI. */
const MARKUP_PATTERNS = new Set(['script_tag', 'javascript_url', 'data_html_url', 'html_event_handler']);

type Refusal = { ok: false; code: 'prompt_injection'; message: string; passages: string[] };

/** The refusal of a paste (`what`: "The job description"), quoting what was found. */
export function refusal(finding: InjectionFinding, what: string, expected: string): Refusal {
  const passages = finding.passages.map((passage) => passage.text);
  return { ok: false, code: 'prompt_injection', message: injectionMessage(finding, what, expected), passages };
}

function injectionMessage(finding: InjectionFinding, what: string, expected: string): string {
  const quoted = `"${finding.excerpt}"`;
  if (MARKUP_PATTERNS.has(finding.pattern))
    return `${what} contains web page code (${quoted}), such as a script. Copy the text rather than the page's HTML source, or remove that part, and try again.`;
  if (finding.pattern === 'hidden_comment')
    return `${what} contains a hidden HTML comment with instructions to the AI (${quoted}). Copy the visible text only, or remove that part, and try again.`;
  if (finding.pattern === 'chat_template_marker')
    return `${what} contains chat-format markers that fake a conversation with the AI: ${quoted}. Remove that part and try again.`;
  if (finding.pattern === 'encoded_instructions')
    return `${what} contains encoded text that decodes to instructions to the AI: ${quoted}. Remove that part and try again.`;
  return `${what} contains text that looks like instructions to the AI rather than ${expected}: ${quoted}. Remove that part and try again.`;
}

function tooLong(limit: number, length: number): JobDescriptionCheck {
  return invalid(
    `The job description is too long: the limit is ${limit} characters (it has ${length}). Shorten it, for example by removing the company boilerplate.`,
  );
}

function invalid(message: string): JobDescriptionCheck {
  return { ok: false, code: 'invalid_input', message };
}
