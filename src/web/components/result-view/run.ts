import type { ApiErrorBody } from '../../../core/errors.js';
import type { GenerationRequestInput } from '../../../core/schemas/generation-request-schema.js';
import type { GenerationResult } from '../../../core/schemas/generation-result.js';
import type { PromptMessage } from '../../../core/schemas/prompt-message.js';
import type { Question } from '../../../core/schemas/question.js';
import type { Session } from '../../../core/schemas/session.js';
import type { Usage } from '../../../core/schemas/usage.js';

/** streaming: events still arriving; complete: done; stopped: cancelled or failed, questions kept. */
export type RunStatus = 'streaming' | 'complete' | 'stopped';

/**
 * One generation as the result view shows it, whether it is streaming now or was opened from
 * history. The request is what the form sent (jobDescription included), so it can be re-sent.
 */
export type Run = {
  key: string;
  sessionId: string | null;
  origin: 'fresh' | 'history';
  createdAt: string;
  title: string;
  request: GenerationRequestInput;
  expectedCount: number;
  model: string | null;
  prompt: PromptMessage[] | null;
  questions: Question[];
  result: GenerationResult | null;
  usage: Usage | null;
  error: ApiErrorBody | null;
  status: RunStatus;
};

/** A short title from the first words of a job description. */
export function titleFromJobDescription(jobDescription: string): string {
  const firstLine = jobDescription.trim().split(/\r?\n/)[0] ?? '';
  return firstLine.length > 70 ? `${firstLine.slice(0, 67).trimEnd()}…` : firstLine || 'Untitled';
}

let runCounter = 0;

/** A key unique in this page, for React lists. */
export function nextRunKey(): string {
  runCounter += 1;
  return `run-${Date.now().toString(36)}-${runCounter}`;
}

/** A fresh run just before its request is sent. */
export function createPendingRun(request: GenerationRequestInput, expectedCount: number): Run {
  return {
    key: nextRunKey(),
    sessionId: null,
    origin: 'fresh',
    createdAt: new Date().toISOString(),
    title: titleFromJobDescription(request.jobDescription ?? ''),
    request,
    expectedCount,
    model: request.model ?? null,
    prompt: null,
    questions: [],
    result: null,
    usage: null,
    error: null,
    status: 'streaming',
  };
}

/** A saved session as a run, so history renders exactly like a fresh result. */
export function runFromSession(session: Session): Run {
  return {
    key: `session-${session.id}`,
    sessionId: session.id,
    origin: 'history',
    createdAt: session.createdAt,
    title: session.title,
    request: session.request,
    expectedCount: session.request.questionCount,
    model: session.model,
    prompt: session.prompt,
    questions: session.result.questions,
    result: session.status === 'complete' ? session.result : null,
    usage: session.usage,
    error: session.error,
    status: session.status === 'complete' ? 'complete' : 'stopped',
  };
}
