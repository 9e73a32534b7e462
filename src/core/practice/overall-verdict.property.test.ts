import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INTERVIEW_TYPES } from '../schemas/generation-request.js';
import { CRITERIA_BY_TYPE, VERDICTS, type Score } from '../schemas/practice.js';
import { overallVerdict } from './overall-verdict.js';
import { criteriaWith } from './testing/build-attempt.js';

const scoreArbitrary = fc.option(fc.constantFrom<Score>(1, 2, 3, 4), { nil: null });
const typeAndScores = fc
  .constantFrom(...INTERVIEW_TYPES)
  .chain((type) =>
    fc.tuple(
      fc.constant(type),
      fc.array(scoreArbitrary, { minLength: CRITERIA_BY_TYPE[type].length, maxLength: CRITERIA_BY_TYPE[type].length }),
    ),
  );

const rank = (verdict: string | null) =>
  verdict === null ? -1 : VERDICTS.indexOf(verdict as (typeof VERDICTS)[number]);

describe('overallVerdict properties', () => {
  it('never lowers the verdict when one score rises', () => {
    fc.assert(
      fc.property(typeAndScores, fc.nat(), ([type, scores], pick) => {
        const index = pick % scores.length;
        const current = scores[index] ?? null;
        if (current === 4) return;
        const raised = [...scores];
        raised[index] = current === null ? 2 : ((current + 1) as Score);
        const before = overallVerdict(criteriaWith(type, scores));
        const after = overallVerdict(criteriaWith(type, raised));
        expect(rank(after)).toBeGreaterThanOrEqual(rank(before));
      }),
    );
  });

  it('gives strong to all 4s and not_yet to all 1s, for every type', () => {
    for (const type of INTERVIEW_TYPES) {
      const count = CRITERIA_BY_TYPE[type].length;
      expect(overallVerdict(criteriaWith(type, Array<Score>(count).fill(4)))).toBe('strong');
      expect(overallVerdict(criteriaWith(type, Array<Score>(count).fill(1)))).toBe('not_yet');
    }
  });
});
