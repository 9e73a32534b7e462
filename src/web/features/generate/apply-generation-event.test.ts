import { describe, expect, it } from 'vitest';
import type { Question } from '../../../core/schemas/question.js';
import { createPendingRun } from '../../components/result-view/create-pending-run.js';
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
  jobDescription: 'Data analyst\nSQL, dashboards, stakeholder reporting',
  interviewType: 'technical',
  experienceLevel: 'mid',
  technique: 'zero_shot',
  questionCount: 3,
} as const;

describe('applyGenerationEvent', () => {
  it('knows the session id (the one a cancel names) from started, before the prompt is sent', () => {
    let run = createPendingRun(request, 3);
    run = applyGenerationEvent(run, { event: 'started', data: { sessionId: 'early' } });
    expect(run).toMatchObject({ pendingSessionId: 'early', sessionId: null, prompt: null, status: 'streaming' });
    // A run stopped before any question arrived has no saved session.
    run = applyGenerationEvent(run, { event: 'error', data: { code: 'cancelled', message: 'c' } });
    expect(run).toMatchObject({ status: 'stopped', sessionId: null, pendingSessionId: 'early' });
  });

  it('records how the JSON reply was asked for; none said (an older server) is null', () => {
    const prompt = { model: 'gpt-x', messages: [], sessionId: 's' };
    const pending = createPendingRun(request, 1);
    expect(pending.responseFormat).toBeNull();
    expect(
      applyGenerationEvent(pending, { event: 'prompt', data: { ...prompt, responseFormat: 'json_object' } })
        .responseFormat,
    ).toBe('json_object');
    expect(applyGenerationEvent(pending, { event: 'prompt', data: prompt }).responseFormat).toBeNull();
  });

  it('shows questions as they arrive and keeps them when the stream fails (output_truncated)', () => {
    let run = createPendingRun(request, 3);
    expect(run.title).toBe('Data analyst');
    run = applyGenerationEvent(run, { event: 'started', data: { sessionId: 's1' } });
    run = applyGenerationEvent(run, {
      event: 'prompt',
      data: {
        model: 'gpt-x',
        messages: [{ role: 'system', content: 's' }],
        sessionId: 's1',
        responseFormat: 'json_schema',
      },
    });
    expect(run.pendingSessionId).toBe('s1');
    run = applyGenerationEvent(run, { event: 'question', data: { index: 0, question: question('one') } });
    run = applyGenerationEvent(run, { event: 'question', data: { index: 1, question: question('two') } });
    expect(run.questions.map((item) => item.question)).toEqual(['one', 'two']);
    run = applyGenerationEvent(run, { event: 'error', data: { code: 'output_truncated', message: 'cut' } });
    run = applyGenerationEvent(run, { event: 'done', data: { id: 's1' } });
    expect(run).toMatchObject({
      status: 'stopped',
      sessionId: 's1',
      model: 'gpt-x',
      error: { code: 'output_truncated' },
    });
    expect(run.questions).toHaveLength(2);
  });

  it('completes with the final result and usage', () => {
    let run = createPendingRun(request, 1);
    run = applyGenerationEvent(run, {
      event: 'result',
      data: {
        postingAnalysis: {
          occupation: 'data analyst',
          sector: 'retail',
          assessedCompetencies: [],
          interviewStages: [],
        },
        postingNotes: ['The posting asks for a fee to apply.'],
        analysis: null,
        questions: [question('final')],
        preparationPlan: [
          { action: 'Rehearse a dashboard walk-through', because: 'dashboards', forQuestions: [1], minutes: 20 },
        ],
        strategy: 's',
      },
    });
    run = applyGenerationEvent(run, {
      event: 'usage',
      data: { inputTokens: 1, cachedTokens: 0, outputTokens: 2, reasoningTokens: 0, costUsd: null, model: 'm' },
    });
    run = applyGenerationEvent(run, { event: 'done', data: { id: 'abc' } });
    expect(run).toMatchObject({ status: 'complete', sessionId: 'abc', usage: { costUsd: null } });
    expect(run.questions[0]?.question).toBe('final');
    expect(run.result).toMatchObject({
      postingNotes: ['The posting asks for a fee to apply.'],
      preparationPlan: [{ forQuestions: [1], minutes: 20 }],
    });
  });

  it('shows a retry notice with its deadline until the next event arrives', () => {
    let run = createPendingRun(request, 1);
    const retry = { attempt: 2, delaySeconds: 20, code: 'upstream_rate_limited', message: 'busy' } as const;
    run = applyGenerationEvent(run, { event: 'retry', data: retry }, 1_000);
    expect(run.retry).toEqual({ ...retry, until: 21_000 });
    run = applyGenerationEvent(run, { event: 'prompt', data: { model: 'gpt-x', messages: [], sessionId: 's2' } });
    expect(run.retry).toBeNull();
  });

  it('titles a pasted HTML job description by its text, as history does', () => {
    const html =
      '<div><h1>Senior Data Engineer</h1><p>Build <b>pipelines</b> in Spark and Airflow for our analytics team.</p></div>';
    const run = createPendingRun({ ...request, jobDescription: html }, 1);
    expect(run.title).toBe('Senior Data Engineer');
  });
});
