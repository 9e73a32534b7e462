import { describe, expect, it } from 'vitest';
import { INTERVIEW_TYPES } from '../schemas/generation-request.js';
import { CRITERIA_BY_TYPE, CriterionFeedbackSchema } from '../schemas/practice.js';
import { ANCHORED_EXAMPLES } from './anchored-examples.js';
import { checkArithmetic } from './check-arithmetic.js';
import { feedbackOutputSchemaFor } from './feedback-output-schema.js';
import { overallVerdict } from './overall-verdict.js';
import { verifyEvidence } from './verify-evidence.js';

const examples = INTERVIEW_TYPES.flatMap((type) => ANCHORED_EXAMPLES[type].map((example) => ({ type, example })));

describe('ANCHORED_EXAMPLES', () => {
  it.each(INTERVIEW_TYPES)('has one weak and one strong %s example', (type) => {
    expect(ANCHORED_EXAMPLES[type].map((example) => example.quality)).toEqual(['weak', 'strong']);
  });

  it.each(examples.map(({ type, example }) => [type, example.quality, example]))(
    'the %s %s example fits the reply schema and scores every criterion in order',
    (type, _quality, example) => {
      const criteriaSchema = feedbackOutputSchemaFor(type).shape.criteria!;
      expect(criteriaSchema.safeParse(example.criteria).success).toBe(true);
      expect(example.criteria.map((criterion) => criterion.criterion)).toEqual([...CRITERIA_BY_TYPE[type]]);
      for (const criterion of example.criteria) expect(CriterionFeedbackSchema.safeParse(criterion).success).toBe(true);
    },
  );

  it.each(examples.map(({ type, example }) => [type, example.quality, example]))(
    'the %s %s example quotes only the answer, exactly',
    (_type, _quality, example) => {
      for (const criterion of example.criteria) {
        for (const quote of criterion.evidence) expect(example.answer).toContain(quote);
        if (criterion.score !== null && criterion.score > 1) expect(criterion.evidence.length).toBeGreaterThan(0);
      }
      expect(verifyEvidence(example.criteria, example.answer)).toEqual(example.criteria);
    },
  );

  it('spreads the scale: weak examples fall short of the bar, strong ones reach it', () => {
    for (const { example } of examples) {
      const verdict = overallVerdict(example.criteria);
      expect(example.quality === 'weak' ? ['not_yet', 'borderline'] : ['meets_bar', 'strong']).toContain(verdict);
    }
  });

  it('comes from several professions, not only software', () => {
    const roles = new Set(examples.map(({ example }) => example.role));
    expect(roles.size).toBe(examples.length);
    expect(examples.filter(({ example }) => /developer|engineer/i.test(example.role)).length).toBeLessThanOrEqual(1);
  });

  it('states sums that the arithmetic check agrees with: a wrong one in the weak case, all right in the strong one', () => {
    const [weak, strong] = ANCHORED_EXAMPLES.case_study;
    expect(checkArithmetic(weak.answer).map((check) => check.correct)).toEqual([false]);
    const strongChecks = checkArithmetic(strong.answer);
    expect(strongChecks.length).toBeGreaterThanOrEqual(4);
    expect(strongChecks.every((check) => check.correct)).toBe(true);
  });
});
