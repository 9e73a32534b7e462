import type { Question } from '../../core/schemas/question.js';
import type { Session } from '../../core/schemas/session.js';

/** A valid session for store tests; `overrides` replace top-level fields. */
export function createTestSession(overrides: Partial<Session> = {}): Session {
  return {
    id: 'session-1',
    createdAt: '2026-01-15T10:00:00.000Z',
    title: 'Senior Backend Engineer — Acme',
    status: 'complete',
    error: null,
    request: {
      jobDescription: 'Senior Backend Engineer\nCompany: Acme\nWe build payment APIs in Go and PostgreSQL.',
      interviewType: 'technical',
      experienceLevel: 'senior',
      technique: 'chain_of_thought',
      questionCount: 2,
      language: 'English',
    },
    model: 'gpt-5.4-mini',
    result: {
      postingAnalysis: {
        occupation: 'Senior backend engineer',
        sector: 'Payments',
        assessedCompetencies: ['Ownership'],
        interviewStages: ['technical interview'],
      },
      postingNotes: [],
      analysis: {
        keyRequirements: ['Go', 'PostgreSQL'],
        levelExpectations: 'Owns services end to end',
        skillsToProbe: ['API design'],
      },
      questions: [
        createTestQuestion('How would you design an idempotent payment API?'),
        createTestQuestion('How do you find a slow query in PostgreSQL?'),
      ],
      preparationPlan: [
        {
          action: 'Review idempotency keys and retries.',
          because: 'The posting says "We build payment APIs".',
          forQuestions: [1],
          minutes: 30,
        },
      ],
      strategy: 'Lead with payment-domain examples.',
    },
    usage: {
      inputTokens: 1200,
      cachedTokens: 0,
      outputTokens: 800,
      reasoningTokens: 200,
      costUsd: 0.000452,
      model: 'gpt-5.4-mini',
    },
    prompt: [
      { role: 'system', content: 'You are an interviewer.' },
      { role: 'user', content: '<job_description>…</job_description>' },
    ],
    timings: { firstQuestionMs: 850, totalMs: 4200 },
    practice: [],
    ...overrides,
  };
}

function createTestQuestion(text: string): Question {
  return {
    question: text,
    category: 'System design',
    difficulty: 'medium',
    timeEstimateMinutes: 10,
    basedOn: 'payment APIs in Go and PostgreSQL',
    stage: null,
    evaluates: ['Trade-offs'],
    strongAnswerSignals: ['Names the retry policy'],
    redFlags: [],
    answerFramework: { kind: 'approach', steps: [{ label: 'Clarify', guidance: 'Ask about scale.' }] },
    hints: ['Think about retries.'],
    followUps: ['What if the client times out?'],
    caseStudy: null,
  };
}
