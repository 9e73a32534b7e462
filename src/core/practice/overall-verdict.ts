import type { CriterionFeedback, Verdict } from '../schemas/practice.js';

/** A "no evidence" criterion weighs like a missing one: an answer cannot gain by saying less. */
const NO_EVIDENCE_SCORE = 1;

/**
 * The overall verdict on an answer, computed from its criterion scores (never asked of the model).
 * Rule, on the mean of the criteria with "no evidence" counting as 1:
 * - strong: mean >= 3.5 and no criterion below 3;
 * - meets_bar: mean >= 2.75 and no criterion at 1 (or without evidence);
 * - borderline: mean >= 2;
 * - not_yet: otherwise.
 * Each condition only gets easier as a score rises, so raising a score never lowers the verdict.
 * Null when no criterion has a score (nothing to judge, e.g. a cancelled attempt).
 */
export function overallVerdict(criteria: CriterionFeedback[]): Verdict | null {
  const mean = meanScore(criteria);
  if (mean === null) return null;
  const lowest = Math.min(...criteria.map(scoreOf));
  if (mean >= 3.5 && lowest >= 3) return 'strong';
  if (mean >= 2.75 && lowest >= 2) return 'meets_bar';
  if (mean >= 2) return 'borderline';
  return 'not_yet';
}

/** A criterion's score for averaging: "no evidence" counts as 1. */
export function scoreOf(criterion: Pick<CriterionFeedback, 'score'>): number {
  return criterion.score ?? NO_EVIDENCE_SCORE;
}

/** The mean score of an answer's criteria ("no evidence" counting as 1), or null when none is scored. */
export function meanScore(criteria: Pick<CriterionFeedback, 'score'>[]): number | null {
  if (!criteria.some((criterion) => criterion.score !== null)) return null;
  return criteria.reduce((sum, criterion) => sum + scoreOf(criterion), 0) / criteria.length;
}
