import type { CriterionId, PracticeAttempt, Score } from '../schemas/practice.js';

/** How one criterion moved from an earlier attempt to the latest; change is null unless both are scored. */
export type CriterionChange = {
  criterion: CriterionId;
  before: Score | null;
  after: Score | null;
  change: number | null;
};

/**
 * The change per criterion between an attempt and the latest earlier attempt on the same question
 * (shown on the first attempt of a re-answer), in the latest attempt's criterion order. Without an
 * earlier attempt every `before` is null.
 */
export function compareToEarlier(latest: PracticeAttempt, earlier: PracticeAttempt | null): CriterionChange[] {
  const latestCriteria = latest.feedback?.criteria ?? [];
  const earlierCriteria = earlier?.feedback?.criteria ?? [];
  const ids = (latestCriteria.length > 0 ? latestCriteria : earlierCriteria).map((entry) => entry.criterion);
  return ids.map((criterion) => {
    const before = scoreIn(earlierCriteria, criterion);
    const after = scoreIn(latestCriteria, criterion);
    return { criterion, before, after, change: before !== null && after !== null ? after - before : null };
  });
}

function scoreIn(criteria: { criterion: CriterionId; score: number | null }[], id: CriterionId): Score | null {
  return (criteria.find((entry) => entry.criterion === id)?.score ?? null) as Score | null;
}
