import { describe, expect, it } from 'vitest';
import {
  EXPERIENCE_LEVELS,
  INTERVIEW_TYPES,
  MAX_QUESTION_COUNT,
  MIN_QUESTION_COUNT,
} from '../schemas/generation-request.js';
import { describeDifficultySplit, difficultySplit } from './difficulty-split.js';

const COUNTS = Array.from(
  { length: MAX_QUESTION_COUNT - MIN_QUESTION_COUNT + 1 },
  (_, index) => MIN_QUESTION_COUNT + index,
);

describe('difficultySplit', () => {
  it.each([
    ['senior', 5, { easy: 1, medium: 2, hard: 2 }],
    ['junior', 5, { easy: 2, medium: 3, hard: 0 }],
    ['mid', 5, { easy: 1, medium: 3, hard: 1 }],
    ['lead', 5, { easy: 1, medium: 1, hard: 3 }],
    ['senior', 1, { easy: 0, medium: 1, hard: 0 }],
    ['lead', 3, { easy: 1, medium: 0, hard: 2 }],
    ['senior', 20, { easy: 4, medium: 8, hard: 8 }],
  ] as const)('%s, %i questions -> %o', (experienceLevel, questionCount, expected) => {
    expect(difficultySplit({ interviewType: 'technical', experienceLevel, questionCount })).toEqual(expected);
  });

  it('keeps questions to the employer mostly safe', () => {
    expect(difficultySplit({ interviewType: 'reverse', experienceLevel: 'junior', questionCount: 5 })).toEqual({
      easy: 3,
      medium: 1,
      hard: 1,
    });
    for (const experienceLevel of EXPERIENCE_LEVELS) {
      for (const questionCount of COUNTS) {
        const split = difficultySplit({ interviewType: 'reverse', experienceLevel, questionCount });
        expect(split.easy).toBeGreaterThanOrEqual(split.hard);
      }
    }
  });

  it('always adds up to the count, with a warm-up from three questions on', () => {
    for (const interviewType of INTERVIEW_TYPES) {
      for (const experienceLevel of EXPERIENCE_LEVELS) {
        for (const questionCount of COUNTS) {
          const split = difficultySplit({ interviewType, experienceLevel, questionCount });
          expect(split.easy + split.medium + split.hard).toBe(questionCount);
          expect(Math.min(split.easy, split.medium, split.hard)).toBeGreaterThanOrEqual(0);
          if (questionCount >= 3) expect(split.easy).toBeGreaterThanOrEqual(1);
        }
      }
    }
  });

  it('never gives a higher level fewer hard questions than a lower one', () => {
    for (const questionCount of COUNTS) {
      const hard = EXPERIENCE_LEVELS.map(
        (experienceLevel) => difficultySplit({ interviewType: 'behavioral', experienceLevel, questionCount }).hard,
      );
      expect([...hard].sort((a, b) => a - b)).toEqual(hard);
    }
  });

  it('puts the split in words, leaving out empty difficulties', () => {
    expect(describeDifficultySplit({ easy: 1, medium: 2, hard: 2 })).toBe('1 easy, 2 medium, 2 hard');
    expect(describeDifficultySplit({ easy: 2, medium: 3, hard: 0 })).toBe('2 easy, 3 medium');
  });
});
