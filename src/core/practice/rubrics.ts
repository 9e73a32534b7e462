import type { InterviewType } from '../schemas/generation-request.js';
import type { PostingAnalysis } from '../schemas/generation-result.js';
import { CRITERIA_BY_TYPE, type CriterionId } from '../schemas/practice.js';
import type { Rubric } from './rubric-types.js';
import { BEHAVIORAL_RUBRIC, TECHNICAL_RUBRIC } from './rubrics-behavioral-technical.js';
import { CASE_STUDY_RUBRIC, REVERSE_RUBRIC } from './rubrics-case-reverse.js';

export type { Rubric, RubricCriterion } from './rubric-types.js';

/**
 * The rubric of each interview type, criteria in CRITERIA_BY_TYPE order. Written for any
 * profession: "the methods of the job" may be a clinical procedure, a recipe costing or a
 * deployment pipeline. "The bar for this level" is the level description the prompt gives.
 */
export const RUBRICS: Record<InterviewType, Rubric> = {
  behavioral: BEHAVIORAL_RUBRIC,
  technical: TECHNICAL_RUBRIC,
  case_study: CASE_STUDY_RUBRIC,
  reverse: REVERSE_RUBRIC,
};

/** The short display name of every criterion, for the UI and the exports. */
export const CRITERION_NAMES = Object.fromEntries(
  Object.values(RUBRICS).flatMap((rubric) => rubric.criteria.map((criterion) => [criterion.id, criterion.name])),
) as Record<CriterionId, string>;

/** How many of the posting's competencies the relevance criterion names, at most. */
const MAX_NAMED_COMPETENCIES = 8;

/**
 * The rubric for a session: for behavioral answers, relevance is judged against the competencies
 * the posting itself says it assesses, in its words, when the posting names some.
 */
export function rubricFor(interviewType: InterviewType, postingAnalysis: PostingAnalysis | null): Rubric {
  const rubric = RUBRICS[interviewType];
  const competencies = (postingAnalysis?.assessedCompetencies ?? [])
    .map((competency) => competency.replace(/\s+/g, ' ').trim())
    .filter((competency) => competency.length > 0)
    .slice(0, MAX_NAMED_COMPETENCIES);
  if (interviewType !== 'behavioral' || competencies.length === 0) return rubric;
  const named = competencies.map((competency) => `"${competency}"`).join(', ');
  return {
    criteria: rubric.criteria.map((criterion) =>
      criterion.id === 'relevance'
        ? {
            ...criterion,
            description: `${criterion.description} The posting assesses these competencies, in its own words: ${named}; judge against the one the question targets.`,
          }
        : criterion,
    ),
  };
}

/** True when a rubric covers exactly its type's criteria, in order (checked by the tests). */
export function coversCriteriaOf(interviewType: InterviewType, rubric: Rubric): boolean {
  const expected: readonly string[] = CRITERIA_BY_TYPE[interviewType];
  return (
    rubric.criteria.length === expected.length &&
    rubric.criteria.every((criterion, index) => criterion.id === expected[index])
  );
}
