import type { CriterionId, Score } from '../schemas/practice.js';

/** One rubric criterion: what it judges and what each score means (1 missing ... 4 strong). */
export type RubricCriterion = { id: CriterionId; name: string; description: string; anchors: Record<Score, string> };
export type Rubric = { criteria: RubricCriterion[] };
