import { describe, expect, it } from 'vitest';
import type { CriterionFeedback, Delivery } from '../../../core/schemas/practice.js';
import { applyPracticeCancelAnswer, applyPracticeEvent, createPendingAttempt } from './live-attempt.js';

const delivery: Delivery = {
  words: 40,
  durationSeconds: 60,
  wordsPerMinute: 40,
  fillerCount: 0,
  fillers: [],
  longestPauseSeconds: null,
  spoken: false,
};
const criterion = (id: CriterionFeedback['criterion'], score: number | null): CriterionFeedback => ({
  criterion: id,
  score,
  evidence: score === null ? [] : ['I traced it'],
  reasoning: 'Against the anchor.',
});
const ids = { attemptId: '0b4f5c2e-3a1d-4c1e-9f00-000000000001', threadId: '0b4f5c2e-3a1d-4c1e-9f00-000000000002' };

function pending() {
  return createPendingAttempt({
    prompt: 'Tell me about a time…',
    answer: 'I traced it.',
    mode: 'coach',
    threadId: null,
    turn: 0,
  });
}

describe('applyPracticeEvent', () => {
  it('names the attempt on started, fills criteria as they arrive, and completes on done', () => {
    let attempt = applyPracticeEvent(pending(), { event: 'started', data: { ...ids, delivery } });
    expect(attempt).toMatchObject({ ...ids, delivery, status: 'streaming' });
    attempt = applyPracticeEvent(attempt, {
      event: 'criterion',
      data: { index: 0, criterion: criterion('relevance', 3) },
    });
    attempt = applyPracticeEvent(attempt, {
      event: 'criterion',
      data: { index: 1, criterion: criterion('specific_situation', null) },
    });
    expect(attempt.criteria.map((entry) => entry.score)).toEqual([3, null]);
    attempt = applyPracticeEvent(attempt, { event: 'followUp', data: { text: 'What changed after?' } });
    attempt = applyPracticeEvent(attempt, { event: 'done', data: ids });
    expect(attempt).toMatchObject({ status: 'complete', followUp: 'What changed after?' });
  });

  it('shows a retry notice until the next event, and stops on error keeping the criteria', () => {
    let attempt = applyPracticeEvent(
      pending(),
      { event: 'retry', data: { attempt: 2, delaySeconds: 3, code: 'upstream_rate_limited', message: 'Retrying' } },
      1_000,
    );
    expect(attempt.retry).toEqual({ message: 'Retrying', until: 4_000 });
    attempt = applyPracticeEvent(attempt, {
      event: 'criterion',
      data: { index: 0, criterion: criterion('relevance', 2) },
    });
    expect(attempt.retry).toBeNull();
    attempt = applyPracticeEvent(attempt, {
      event: 'error',
      data: { code: 'upstream_timeout', message: 'Timed out.' },
    });
    expect(attempt).toMatchObject({ status: 'stopped', error: { code: 'upstream_timeout' } });
    expect(attempt.criteria).toHaveLength(1);
  });
});

describe('applyPracticeCancelAnswer', () => {
  it('marks a cancelled attempt partial with what was spent, and leaves a finished one alone', () => {
    const usage = { inputTokens: 10, cachedTokens: 0, outputTokens: 5, reasoningTokens: 0, costUsd: 0.001, model: 'm' };
    const streaming = applyPracticeEvent(pending(), {
      event: 'criterion',
      data: { index: 0, criterion: criterion('relevance', 2) },
    });
    const cancelled = applyPracticeCancelAnswer(streaming, { attemptId: ids.attemptId, saved: 'partial', usage });
    expect(cancelled).toMatchObject({ status: 'stopped', usage, error: { code: 'cancelled' } });
    expect(cancelled.error?.message).toMatch(/kept/);
    const done = { ...streaming, status: 'complete' as const };
    expect(applyPracticeCancelAnswer(done, { attemptId: ids.attemptId, saved: 'none', usage: null })).toBe(done);
  });
});
