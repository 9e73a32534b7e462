import type { PracticeAttempt, PracticeThread } from '../../core/schemas/practice.js';

export const TEST_THREAD_ID = '6f1c7a52-2b0e-4d3f-9a41-0c2d8e5b7a10';

/** A valid practice attempt for store tests (turn 0 of TEST_THREAD_ID); `overrides` replace top-level fields. */
export function createTestAttempt(overrides: Partial<PracticeAttempt> = {}): PracticeAttempt {
  return {
    id: '0b7e4f8a-1c2d-4e5f-8a9b-3c4d5e6f7a80',
    threadId: TEST_THREAD_ID,
    turn: 0,
    createdAt: '2026-01-15T11:00:00.000Z',
    mode: 'coach',
    prompt: 'How would you design an idempotent payment API?',
    answer: 'I would have the client send an idempotency key and store the first response under it.',
    delivery: {
      words: 16,
      durationSeconds: 60,
      wordsPerMinute: 16,
      fillerCount: 0,
      fillers: [],
      longestPauseSeconds: null,
      spoken: false,
    },
    status: 'complete',
    error: null,
    feedback: {
      criteria: [
        {
          criterion: 'correctness_and_depth',
          score: 3,
          evidence: ['store the first response under it'],
          reasoning: 'Names the mechanism; no word on expiry.',
        },
        { criterion: 'trade_offs', score: null, evidence: [], reasoning: 'No trade-off is discussed.' },
      ],
      strength: 'Goes straight to idempotency keys.',
      topFix: 'Say how long keys are kept and why.',
      rewrite: {
        original: 'I would store the first response.',
        improved: 'I would store the first response for 24 hours.',
      },
      profileContradictions: [],
      verdict: 'borderline',
      arithmetic: [],
    },
    followUp: 'What happens when two requests with the same key arrive at once?',
    model: 'gpt-5.4-mini',
    usage: {
      inputTokens: 900,
      cachedTokens: 0,
      outputTokens: 300,
      reasoningTokens: 0,
      costUsd: 0.0001,
      model: 'gpt-5.4-mini',
    },
    ...overrides,
  };
}

/** A thread of TEST_THREAD_ID on question 0 holding these attempts. */
export function createTestThread(attempts: PracticeAttempt[], overrides: Partial<PracticeThread> = {}): PracticeThread {
  return {
    id: TEST_THREAD_ID,
    questionIndex: 0,
    mode: 'coach',
    createdAt: attempts[0]?.createdAt ?? '2026-01-15T11:00:00.000Z',
    attempts,
    ...overrides,
  };
}
