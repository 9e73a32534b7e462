/** Opening delimiter of the untrusted job description in the user message. */
export const JOB_DESCRIPTION_OPEN_TAG = '<job_description>';
/** Closing delimiter of the untrusted job description in the user message. */
export const JOB_DESCRIPTION_CLOSE_TAG = '</job_description>';

// Anything a model could read as our tag: any case, spacing, `-` or `_`, and full-width or
// small-form angle brackets. Only the bracket is rewritten, so the posting stays readable.
const TAG_LIKE = /[<\uFF1C\uFE64](\s*\/?\s*job[\s_-]*description)/giu;

/**
 * Rewrites anything in the text that looks like the job-description tags, so a posting cannot
 * close its block early and smuggle text into the instructions.
 */
export function neutraliseDelimiters(text: string): string {
  return text.replace(TAG_LIKE, '[$1');
}

/** The job description wrapped in its delimiters, ready to place in a user message. */
export function delimitJobDescription(jobDescription: string): string {
  return `${JOB_DESCRIPTION_OPEN_TAG}\n${neutraliseDelimiters(jobDescription)}\n${JOB_DESCRIPTION_CLOSE_TAG}`;
}
