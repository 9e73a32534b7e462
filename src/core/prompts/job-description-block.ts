/** Opening delimiter of the untrusted job description in the user message. */
export const JOB_DESCRIPTION_OPEN_TAG = '<job_description>';
/** Closing delimiter of the untrusted job description in the user message. */
export const JOB_DESCRIPTION_CLOSE_TAG = '</job_description>';
/** Delimiters of the candidate's own profile (CV, "about me"): untrusted like the posting. */
export const CANDIDATE_PROFILE_OPEN_TAG = '<candidate_profile>';
export const CANDIDATE_PROFILE_CLOSE_TAG = '</candidate_profile>';
/** Delimiters of an earlier set's questions ("Regenerate"): model output, so untrusted too. */
export const PREVIOUS_QUESTIONS_OPEN_TAG = '<previous_questions>';
export const PREVIOUS_QUESTIONS_CLOSE_TAG = '</previous_questions>';

// Anything a model could read as one of our tags (these and practice's candidate_answer and
// earlier_turns): any case, spacing, `-` or `_`, and full-width or small-form angle brackets.
// Only the bracket is rewritten, so the text stays readable.
const TAG_LIKE =
  /[<\uFF1C\uFE64](\s*\/?\s*(?:job[\s_-]*description|candidate[\s_-]*(?:profile|answer)|previous[\s_-]*questions|earlier[\s_-]*turns))/giu;

/**
 * Rewrites anything in the text that looks like one of the data-block tags, so a posting (or a
 * profile) cannot close its block early and smuggle text into the instructions.
 */
export function neutraliseDelimiters(text: string): string {
  return text.replace(TAG_LIKE, '[$1');
}

/** The job description wrapped in its delimiters, ready to place in a user message. */
export function delimitJobDescription(jobDescription: string): string {
  return `${JOB_DESCRIPTION_OPEN_TAG}\n${neutraliseDelimiters(jobDescription)}\n${JOB_DESCRIPTION_CLOSE_TAG}`;
}

/** The candidate profile wrapped in its delimiters. */
export function delimitCandidateProfile(profile: string): string {
  return `${CANDIDATE_PROFILE_OPEN_TAG}\n${neutraliseDelimiters(profile)}\n${CANDIDATE_PROFILE_CLOSE_TAG}`;
}

/** Earlier questions, one per line, wrapped in their delimiters. */
export function delimitPreviousQuestions(questions: readonly string[]): string {
  const lines = questions.map((question) => `- ${neutraliseDelimiters(question.replace(/\s+/g, ' ').trim())}`);
  return `${PREVIOUS_QUESTIONS_OPEN_TAG}\n${lines.join('\n')}\n${PREVIOUS_QUESTIONS_CLOSE_TAG}`;
}
