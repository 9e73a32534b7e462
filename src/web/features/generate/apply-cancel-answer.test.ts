import { describe, expect, it } from 'vitest';
import type { CancelAnswer } from '../../../core/schemas/api.js';
import type { Question } from '../../../core/schemas/question.js';
import type { Usage } from '../../../core/schemas/usage.js';
import { createPendingRun } from '../../components/result-view/create-pending-run.js';
import type { Run } from '../../components/result-view/run.js';
import { applyCancelAnswer, cancelledError, duringUserCancel } from './apply-cancel-answer.js';
import { applyGenerationEvent } from './apply-generation-event.js';

function question(text: string): Question {
  return {
    question: text,
    category: 'c',
    difficulty: 'easy',
    timeEstimateMinutes: 3,
    basedOn: 'stakeholder reporting',
    stage: null,
    evaluates: [],
    strongAnswerSignals: [],
    redFlags: [],
    answerFramework: { kind: 'star', steps: [] },
    hints: [],
    followUps: [],
    caseStudy: null,
  };
}

const request = {
  jobDescription: 'Data analyst\nSQL, dashboards',
  interviewType: 'technical',
  experienceLevel: 'mid',
  technique: 'zero_shot',
  questionCount: 5,
} as const;
const estimated: Usage = {
  inputTokens: 900,
  cachedTokens: 0,
  outputTokens: 300,
  reasoningTokens: 0,
  costUsd: 0.0021,
  model: 'gpt-x',
  estimated: true,
};

/** A run the user is cancelling after two questions arrived. */
function runWithTwoQuestions(): Run {
  let run = createPendingRun(request, 5);
  run = applyGenerationEvent(run, { event: 'started', data: { sessionId: 's1' } });
  run = applyGenerationEvent(run, { event: 'question', data: { index: 0, question: question('one') } });
  return applyGenerationEvent(run, { event: 'question', data: { index: 1, question: question('two') } });
}

describe('cancelling a generation', () => {
  it('tells the closing cancelled error in the user’s terms and leaves every other event alone', () => {
    const run = runWithTwoQuestions();
    const closing = duringUserCancel(
      { event: 'error', data: { code: 'cancelled', message: 'The generation was cancelled.' } },
      run,
    );
    expect(closing).toEqual({
      event: 'error',
      data: { code: 'cancelled', message: 'The generation was cancelled. The questions already shown are kept.' },
    });
    const other = { event: 'error', data: { code: 'upstream_timeout', message: 'slow' } } as const;
    expect(duringUserCancel(other, run)).toBe(other);
    const usage = { event: 'usage', data: estimated } as const;
    expect(duringUserCancel(usage, run)).toBe(usage);
  });

  it('shows the saved partial session (so it exports) and the estimated cost from the answer', () => {
    let run = runWithTwoQuestions();
    run = applyGenerationEvent(
      run,
      duringUserCancel({ event: 'error', data: { code: 'cancelled', message: 'x' } }, run),
    );
    const answer: CancelAnswer = { sessionId: 's1', saved: 'partial', usage: estimated };
    const cancelled = applyCancelAnswer(run, answer);
    expect(cancelled).toMatchObject({
      status: 'stopped',
      sessionId: 's1',
      usage: estimated,
      error: { code: 'cancelled' },
    });
    expect(cancelled.error?.message).toMatch(/kept/);
    expect(cancelled.questions.map((item) => item.question)).toEqual(['one', 'two']);
  });

  it('has no session to export when nothing was saved, and keeps the usage it had without one in the answer', () => {
    let run = createPendingRun(request, 5);
    run = applyGenerationEvent(run, { event: 'started', data: { sessionId: 's2' } });
    run = applyGenerationEvent(run, { event: 'usage', data: estimated });
    const cancelled = applyCancelAnswer(run, { sessionId: 's2', saved: 'none', usage: null });
    expect(cancelled).toMatchObject({ status: 'stopped', sessionId: null, usage: estimated, questions: [] });
    // The stream ended without its closing error: the notice says nothing was kept.
    expect(cancelled.error).toEqual(cancelledError(0));
    expect(cancelled.error?.message).toMatch(/nothing was saved/);
  });

  it('leaves a run that completed before the cancel reached the server as it is', () => {
    let run = runWithTwoQuestions();
    run = applyGenerationEvent(run, { event: 'done', data: { id: 's1' } });
    expect(applyCancelAnswer(run, { sessionId: 's1', saved: 'none', usage: null })).toBe(run);
  });

  it('gives a fresh notice each time, so the banner brings each into view', () => {
    expect(cancelledError(1)).not.toBe(cancelledError(1));
    expect(cancelledError(1)).toEqual(cancelledError(1));
  });
});
