import type { Persona } from '../schemas/generation-request.js';
import type { PromptMessage } from '../schemas/prompt-message.js';
import { INTERVIEW_TYPE_LABELS } from '../labels.js';
import { describeLevel } from '../prompts/level-descriptions.js';
import { INTERVIEWER_ROLE_TRAITS, ORGANISATION_CULTURES, PERSONA_STYLE_TRAITS } from '../prompts/persona-traits.js';
import { ANCHORED_EXAMPLES } from './anchored-examples.js';
import { describeAnchoredExample, describeCriterion, describeRubric } from './describe-rubric.js';
import type { ExplainPromptContext, FeedbackPromptContext } from './feedback-prompt-context.js';
import { buildExplainUserMessage, buildFeedbackUserMessage } from './feedback-user-message.js';
import {
  FEEDBACK_PARTS_RULE,
  FEEDBACK_REPLY_KEYS,
  FEEDBACK_SAFETY_RULE,
  feedbackLanguageRule,
  followUpRule,
  MEASURED_FACTS_RULE,
  PRACTICE_DATA_ONLY_RULE,
  PROFILE_RULE,
  SCORING_RULE,
} from './feedback-prompt-rules.js';
import { RUBRICS } from './rubrics.js';

export type { ExplainPromptContext, FeedbackPromptContext } from './feedback-prompt-context.js';

/**
 * The messages that ask for feedback on one answer: a system message that depends only on the
 * type, level, persona and language (the rubric with anchors, two calibration examples, the rules),
 * and a user message carrying the data, each untrusted part in its delimited block.
 */
export function buildFeedbackPrompt(context: FeedbackPromptContext): PromptMessage[] {
  const examples = ANCHORED_EXAMPLES[context.interviewType];
  const system = [
    `${interviewerRole(context.persona)} You are assessing one answer a candidate gave in a mock ${INTERVIEW_TYPE_LABELS[context.interviewType].toLowerCase()} interview for the job in the user message, and you score it against the rubric below. The candidate may work in any profession: judge by the standards of the job in the posting.`,
    `The candidate's level, which sets the bar for a 3: ${describeLevel(context.experienceLevel)}`,
    `Rubric (criterion id, what it judges, and the anchor of each score):\n${describeRubric(RUBRICS[context.interviewType])}`,
    "For relevance and for the level, use the posting's own words where the user message gives them (its occupation and the competencies it says it assesses).",
    `Calibration examples (from other jobs; they show how the scale is used, not what to say):\n\n${examples.map((example, index) => describeAnchoredExample(example, index + 1)).join('\n\n')}`,
    SCORING_RULE,
    FEEDBACK_PARTS_RULE,
    followUpRule(context.interviewType),
    PROFILE_RULE,
    MEASURED_FACTS_RULE,
    feedbackLanguageRule(context.language),
    FEEDBACK_SAFETY_RULE,
    PRACTICE_DATA_ONLY_RULE,
    FEEDBACK_REPLY_KEYS,
  ].join('\n\n');
  return [
    { role: 'system', content: system },
    { role: 'user', content: buildFeedbackUserMessage(context) },
  ];
}

/**
 * The messages that ask why a criterion got its score: a short plain-text explanation (3-5
 * sentences) against the quoted evidence and the anchor, with what would reach the next score.
 */
export function buildExplainPrompt(context: ExplainPromptContext): PromptMessage[] {
  const rubricCriterion = RUBRICS[context.interviewType].criteria.find(
    (criterion) => criterion.id === context.criterion.criterion,
  );
  const system = [
    `${interviewerRole(context.persona)} You scored a candidate's answer in a mock ${INTERVIEW_TYPE_LABELS[context.interviewType].toLowerCase()} interview, and they ask why one criterion got its score.`,
    `The candidate's level: ${describeLevel(context.experienceLevel)}`,
    rubricCriterion === undefined ? '' : `The criterion and its anchors:\n${describeCriterion(rubricCriterion)}`,
    `The user message gives the score you gave, its quotes and your reasoning. Explain the score in 3-5 plain sentences, in ${context.language}, speaking to the candidate: what in their own words (quote the evidence) matched which anchor, what kept it from the next score up, and one concrete thing that would reach it using their real experience (never suggest inventing any). Plain text only: no JSON, no headings, no lists. Never comment on accent or grammar.`,
    FEEDBACK_SAFETY_RULE,
    PRACTICE_DATA_ONLY_RULE,
  ]
    .filter((part) => part.length > 0)
    .join('\n\n');
  return [
    { role: 'system', content: system },
    { role: 'user', content: buildExplainUserMessage(context) },
  ];
}

/** Who the model plays: the session's persona, or a neutral interviewer who hires for the posting's occupation. */
function interviewerRole(persona: Persona | null): string {
  if (persona === null) {
    return 'You are a neutral, experienced interviewer who hires for the occupation in the job description: balanced and objective, the same bar for every candidate.';
  }
  const interviewer = INTERVIEWER_ROLE_TRAITS[persona.interviewerRole];
  return `You are ${interviewer.name} at ${ORGANISATION_CULTURES[persona.organisationKind].name}, a practitioner of the profession in the job description who hires for this role: ${interviewer.focus} Your style is ${PERSONA_STYLE_TRAITS[persona.style]}`;
}
