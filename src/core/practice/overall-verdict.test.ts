import { describe, expect, it } from 'vitest';
import { meanScore, overallVerdict } from './overall-verdict.js';
import { criteriaWith } from './testing/build-attempt.js';

describe('overallVerdict', () => {
  it.each([
    [[4, 4, 4, 3, 4, 4], 'strong'],
    [[4, 4, 4, 4, 4, 2], 'meets_bar'],
    [[3, 3, 3, 3, 3, 3], 'meets_bar'],
    [[3, 3, 3, 3, 3, 1], 'borderline'],
    [[2, 2, 2, 2, 2, 2], 'borderline'],
    [[2, 2, 2, 1, 1, 2], 'not_yet'],
    [[1, 1, 1, 1, 1, 1], 'not_yet'],
  ] as const)('gives %j the verdict %s', (scores, verdict) => {
    expect(overallVerdict(criteriaWith('behavioral', [...scores]))).toBe(verdict);
  });

  it('counts "no evidence" as a 1, so an answer cannot gain by saying less', () => {
    expect(overallVerdict(criteriaWith('behavioral', [4, 4, 4, 4, 4, null]))).toBe('borderline');
    expect(overallVerdict(criteriaWith('behavioral', [4, 4, 4, 4, 4, 1]))).toBe('borderline');
  });

  it('is null when no criterion is scored', () => {
    expect(overallVerdict([])).toBeNull();
    expect(overallVerdict(criteriaWith('reverse', [null, null, null, null, null]))).toBeNull();
  });
});

describe('meanScore', () => {
  it('averages with "no evidence" as 1, and is null with nothing scored', () => {
    expect(meanScore(criteriaWith('reverse', [4, 4, 2, null, 4]))).toBe(3);
    expect(meanScore([])).toBeNull();
  });
});
