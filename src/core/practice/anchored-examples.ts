import type { ExperienceLevel, InterviewType } from '../schemas/generation-request.js';
import type { CriterionId, Score } from '../schemas/practice.js';
import { BEHAVIORAL_EXAMPLES, TECHNICAL_EXAMPLES } from './anchored-examples-behavioral-technical.js';
import { CASE_STUDY_EXAMPLES, REVERSE_EXAMPLES } from './anchored-examples-case-reverse.js';

/** A criterion as an anchored example scores it: quotes are exact substrings of the answer. */
export type AnchoredScore = { criterion: CriterionId; score: Score | null; evidence: string[]; reasoning: string };

/** A realistic answer with its calibrated scores, shown to the model so it uses the whole scale. */
export type AnchoredExample = {
  quality: 'weak' | 'strong';
  /** The job, in a few words ("staff nurse on a surgical ward"). */
  role: string;
  level: ExperienceLevel;
  question: string;
  answer: string;
  criteria: AnchoredScore[];
};

/**
 * Two calibration examples per interview type, one weak and one strong, from different
 * professions, so the model scores against the anchors rather than bunching in the middle.
 */
export const ANCHORED_EXAMPLES: Record<InterviewType, readonly [AnchoredExample, AnchoredExample]> = {
  behavioral: BEHAVIORAL_EXAMPLES,
  technical: TECHNICAL_EXAMPLES,
  case_study: CASE_STUDY_EXAMPLES,
  reverse: REVERSE_EXAMPLES,
};
