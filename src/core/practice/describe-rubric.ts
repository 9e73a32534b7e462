import type { CriterionFeedback } from '../schemas/practice.js';
import { SCORES } from '../schemas/practice.js';
import type { AnchoredExample } from './anchored-examples.js';
import type { Rubric, RubricCriterion } from './rubric-types.js';

/** The rubric as the system message lists it: each criterion with its id, meaning and anchors. */
export function describeRubric(rubric: Rubric): string {
  return rubric.criteria.map(describeCriterion).join('\n');
}

/** One criterion with its anchors, one per line. */
export function describeCriterion(criterion: RubricCriterion): string {
  const anchors = SCORES.map((score) => `    ${score}: ${criterion.anchors[score]}`);
  return [`- ${criterion.id} (${criterion.name}): ${criterion.description}`, ...anchors].join('\n');
}

/** A calibration example: the question, the answer and the scores it earned, with their quotes. */
export function describeAnchoredExample(example: AnchoredExample, number: number): string {
  return [
    `Example ${number} (${example.quality}; ${example.role}, ${example.level} level)`,
    `Question: ${example.question}`,
    `Answer: ${example.answer}`,
    'Scores:',
    ...example.criteria.map((criterion) => `  ${describeScore(criterion)}`),
  ].join('\n');
}

/** "relevance: 2, evidence "..." | "...", because ..." */
export function describeScore(
  criterion: Pick<CriterionFeedback, 'criterion' | 'score' | 'evidence' | 'reasoning'>,
): string {
  const score = criterion.score === null ? 'null (no evidence)' : String(criterion.score);
  const evidence =
    criterion.evidence.length === 0 ? 'no quote' : criterion.evidence.map((quote) => `"${quote}"`).join(' | ');
  return `${criterion.criterion}: ${score}; evidence ${evidence}; ${criterion.reasoning}`;
}
