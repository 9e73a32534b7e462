import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CriterionFeedback, Score } from '../schemas/practice.js';
import { verifyEvidence } from './verify-evidence.js';

const scoreArbitrary = fc.option(fc.constantFrom<Score>(1, 2, 3, 4), { nil: null });
const criterionArbitrary = (evidence: fc.Arbitrary<string[]>) =>
  fc.record({
    criterion: fc.constant('relevance' as const),
    score: scoreArbitrary,
    evidence,
    reasoning: fc.string({ maxLength: 40 }),
  });

describe('verifyEvidence properties', () => {
  it('keeps every substring of the answer and never raises a score', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 200 }),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 4 }),
        scoreArbitrary,
        (answer, spans, score) => {
          const quotes = spans
            .map(([start, length]) => answer.slice(start % answer.length, (start % answer.length) + 1 + (length % 30)))
            .filter((quote) => /[\p{L}\p{N}]/u.test(quote));
          const input: CriterionFeedback = { criterion: 'relevance', score, evidence: quotes, reasoning: 'r' };
          const [checked] = verifyEvidence([input], answer);
          expect(checked?.evidence).toEqual(quotes);
          if (quotes.length > 0) expect(checked?.score).toBe(score);
        },
      ),
    );
  });

  it('keeps only quotes that are in the answer, and leaves no scored 2-4 without one', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 200 }),
        fc.array(criterionArbitrary(fc.array(fc.string({ maxLength: 20 }), { maxLength: 4 })), { maxLength: 6 }),
        (answer, criteria) => {
          const checked = verifyEvidence(criteria, answer);
          expect(checked).toHaveLength(criteria.length);
          checked.forEach((result, index) => {
            const original = criteria[index]!;
            expect(result.evidence.every((quote) => original.evidence.includes(quote))).toBe(true);
            if (result.score !== null && result.score > 1) expect(result.evidence.length).toBeGreaterThan(0);
            if (result.score !== null) expect(result.score).toBe(original.score);
          });
          expect(verifyEvidence(checked, answer)).toEqual(checked);
        },
      ),
    );
  });
});
