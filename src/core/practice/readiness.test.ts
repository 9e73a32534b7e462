import { describe, expect, it } from 'vitest';
import { buildSampleSession } from '../../../test/fixtures/sample-session.js';
import { PracticeThreadSchema } from '../schemas/practice.js';
import { readinessOf } from './readiness.js';
import { buildAttempt, buildThread, criteriaWith } from './testing/build-attempt.js';

const questions = buildSampleSession().result.questions;

describe('readinessOf', () => {
  it('is empty before any practice', () => {
    const readiness = readinessOf(questions, [], 'technical');
    expect(readiness).toMatchObject({ questionsPractised: 0, questionCount: 3, weakest: null, trend: [] });
    expect(readiness.averages).toHaveLength(6);
    expect(readiness.averages[0]).toEqual({
      criterion: 'clarifies_problem',
      name: 'Clarifies the problem',
      average: null,
      attempts: 0,
    });
  });

  it('averages complete attempts per criterion, finds the weakest and the trend', () => {
    const first = buildAttempt({ criteria: criteriaWith('technical', [2, 2, 1, 2, 2, 2]) });
    const second = buildAttempt({ criteria: criteriaWith('technical', [4, 4, 3, null, 4, 4]) });
    const cancelled = buildAttempt({ status: 'partial', criteria: criteriaWith('technical', [1, 1, 1, 1, 1, 1]) });
    const third = buildAttempt({ criteria: criteriaWith('technical', [3, 3, 3, 3, 3, 3]) });
    const threads = [buildThread(0, [first, second, cancelled]), buildThread(2, [third]), buildThread(1, [cancelled])];
    for (const thread of threads) expect(PracticeThreadSchema.safeParse(thread).success).toBe(true);

    const readiness = readinessOf(questions, threads, 'technical');
    expect(readiness.questionsPractised).toBe(2);
    expect(readiness.averages.map((entry) => [entry.criterion, entry.average, entry.attempts])).toEqual([
      ['clarifies_problem', 3, 3],
      ['correctness_and_depth', 3, 3],
      ['trade_offs', 7 / 3, 3],
      ['safety_and_verification', 2, 3],
      ['clear_reasoning', 3, 3],
      ['fits_level', 3, 3],
    ]);
    expect(readiness.weakest).toBe('safety_and_verification');
    expect(readiness.trend.map((point) => [point.attempt, point.average])).toEqual([
      [1, 11 / 6],
      [2, 20 / 6],
      [3, 3],
    ]);
    expect(readiness.trend[0]?.createdAt).toBe(first.createdAt);
  });

  it('ignores threads on questions the session no longer has', () => {
    const threads = [buildThread(7, [buildAttempt({ criteria: criteriaWith('technical', [1, 1, 1, 1, 1, 1]) })])];
    expect(readinessOf(questions, threads, 'technical').questionsPractised).toBe(0);
  });
});
