import { describe, expect, it } from 'vitest';
import { compareToEarlier } from './compare-attempts.js';
import { buildAttempt, criteriaWith } from './testing/build-attempt.js';

describe('compareToEarlier', () => {
  it('gives the change per criterion, in the latest attempt’s order', () => {
    const earlier = buildAttempt({ criteria: criteriaWith('reverse', [1, 2, null, 3, 2]) });
    const latest = buildAttempt({ criteria: criteriaWith('reverse', [3, 2, 2, null, 1]) });
    expect(compareToEarlier(latest, earlier)).toEqual([
      { criterion: 'informed', before: 1, after: 3, change: 2 },
      { criterion: 'decision_useful', before: 2, after: 2, change: 0 },
      { criterion: 'open_and_specific', before: null, after: 2, change: null },
      { criterion: 'tact_and_timing', before: 3, after: null, change: null },
      { criterion: 'follow_through', before: 2, after: 1, change: -1 },
    ]);
  });

  it('has no before without an earlier attempt, and uses the earlier criteria when the latest has none', () => {
    const latest = buildAttempt({ criteria: criteriaWith('reverse', [4, 4, 4, 4, 4]) });
    expect(compareToEarlier(latest, null).every((row) => row.before === null && row.change === null)).toBe(true);
    const cancelled = buildAttempt({ feedback: null, status: 'partial' });
    const earlier = buildAttempt({ criteria: criteriaWith('behavioral', [2, 2, 2, 2, 2, 2]) });
    expect(compareToEarlier(cancelled, earlier)).toHaveLength(6);
    expect(compareToEarlier(cancelled, earlier)[0]).toEqual({
      criterion: 'relevance',
      before: 2,
      after: null,
      change: null,
    });
    expect(compareToEarlier(cancelled, null)).toEqual([]);
  });
});
