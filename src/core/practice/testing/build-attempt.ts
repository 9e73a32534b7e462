import type { InterviewType } from '../../schemas/generation-request.js';
import {
  CRITERIA_BY_TYPE,
  type CriterionFeedback,
  type PracticeAttempt,
  type PracticeThread,
  type Score,
} from '../../schemas/practice.js';

/** Criterion feedback of a type with these scores, in rubric order (missing scores: null). */
export function criteriaWith(interviewType: InterviewType, scores: (Score | null)[]): CriterionFeedback[] {
  return CRITERIA_BY_TYPE[interviewType].map((criterion, index) => ({
    criterion,
    score: scores[index] ?? null,
    evidence: [],
    reasoning: 'Test reasoning.',
  }));
}

let counter = 0;

/** A valid practice attempt for tests, with a fresh id unless given. */
export function buildAttempt(
  overrides: Partial<PracticeAttempt> & { criteria?: CriterionFeedback[] } = {},
): PracticeAttempt {
  counter += 1;
  const { criteria = criteriaWith('behavioral', [2, 2, 2, 2, 2, 2]), ...rest } = overrides;
  return {
    id: uuid(counter),
    threadId: uuid(0),
    turn: 0,
    createdAt: new Date(Date.UTC(2026, 10, 25, 10, 0, counter)).toISOString(),
    mode: 'coach',
    prompt: 'Tell me about a time you raised a concern.',
    answer: 'On a night shift I escalated a deteriorating patient to the registrar.',
    delivery: {
      words: 12,
      durationSeconds: null,
      wordsPerMinute: null,
      fillerCount: 0,
      fillers: [],
      longestPauseSeconds: null,
      spoken: false,
    },
    status: 'complete',
    error: null,
    feedback: {
      criteria,
      strength: 'Clear escalation.',
      topFix: 'Give the result.',
      rewrite: { original: 'I escalated.', improved: 'I escalated using SBAR.' },
      profileContradictions: [],
      verdict: null,
      arithmetic: [],
    },
    followUp: 'What happened next?',
    model: 'gpt-5.4-mini',
    usage: null,
    ...rest,
  };
}

/** A thread on one question holding these attempts. */
export function buildThread(
  questionIndex: number,
  attempts: PracticeAttempt[],
  id = uuid(1000 + questionIndex),
): PracticeThread {
  return {
    id,
    questionIndex,
    mode: 'coach',
    createdAt: attempts[0]?.createdAt ?? '2026-11-25T10:00:00.000Z',
    attempts: attempts.map((attempt, turn) => ({ ...attempt, threadId: id, turn })),
  };
}

function uuid(number: number): string {
  return `00000000-0000-4000-8000-${number.toString(16).padStart(12, '0')}`;
}
