import type { SessionAnswer } from '../../../core/schemas/api.js';
import type { GenerationEvent } from '../../../core/schemas/generation-event.js';
import type { GenerationRequestInput } from '../../../core/schemas/generation-request-schema.js';
import type { GenerationResult } from '../../../core/schemas/generation-result.js';
import type { ResponseFormatKind } from '../../../core/schemas/model-stream.js';
import type { PromptMessage } from '../../../core/schemas/prompt-message.js';
import type { Question } from '../../../core/schemas/question.js';
import type { Usage } from '../../../core/schemas/usage.js';
import type { ShownError } from '../../lib/describe-error.js';

/** The server is waiting before it tries the AI service again; `until` is when (epoch ms). */
export type RetryNotice = Extract<GenerationEvent, { event: 'retry' }>['data'] & { until: number };

export type SpentSoFar = Extract<GenerationEvent, { event: 'progress' }>['data'];

/** streaming: events still arriving; complete: done; stopped: cancelled or failed, questions kept. */
export type RunStatus = 'streaming' | 'complete' | 'stopped';

/**
 * One generation as the result view shows it, whether it is streaming now or was opened from
 * history. The request is what the form sent (jobDescription included), so it can be re-sent.
 */
export type Run = {
  key: string;
  /** Set once the session is saved (done, a saved stop, or a cancel answered `saved: 'partial'`). */
  sessionId: string | null;
  /** Where the server will save the session, and the id a cancel names; known from `started` on. */
  pendingSessionId: string | null;
  origin: 'fresh' | 'history';
  createdAt: string;
  title: string;
  request: GenerationRequestInput;
  expectedCount: number;
  model: string | null;
  prompt: PromptMessage[] | null;
  /** How the JSON reply was asked for; null until the prompt event, and for saved sessions. */
  responseFormat: ResponseFormatKind | null;
  questions: Question[];
  result: GenerationResult | null;
  usage: Usage | null;
  /** Tokens and dollars spent so far while streaming (counted by the server), until usage arrives. */
  spent: SpentSoFar | null;
  error: ShownError | null;
  retry: RetryNotice | null;
  status: RunStatus;
};

/**
 * The request "Regenerate" sends: this run's own, naming its saved session so the new set does not
 * repeat its questions (a run never saved names none; nor does it pass on an older session's id).
 */
export function regenerateRequest(run: Run): GenerationRequestInput {
  const { previousSessionId: _earlier, ...request } = run.request;
  return run.sessionId ? { ...request, previousSessionId: run.sessionId } : request;
}

/**
 * A saved session as a run, so history renders exactly like a fresh result. A session still
 * generating (`running`) shows the questions saved so far, without the "interrupted" error its
 * saved progress carries.
 */
export function runFromSession(session: SessionAnswer): Run {
  return {
    key: `session-${session.id}`,
    sessionId: session.id,
    pendingSessionId: null,
    origin: 'history',
    createdAt: session.createdAt,
    title: session.title,
    request: session.request,
    expectedCount: session.request.questionCount,
    model: session.model,
    prompt: session.prompt,
    // Not stored with the session.
    responseFormat: null,
    questions: session.result.questions,
    result: session.status === 'complete' ? session.result : null,
    usage: session.usage,
    spent: null,
    error: session.running ? null : session.error,
    retry: null,
    status: session.status === 'complete' ? 'complete' : 'stopped',
  };
}
