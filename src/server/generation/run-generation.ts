import { AppError, isAppError, toApiErrorBody } from '../../core/errors.js';
import type { GenerationRequest } from '../../core/schemas/generation-request.js';
import type { GenerationEvent } from '../../core/schemas/generation-event.js';
import type { GenerationResult } from '../../core/schemas/generation-result.js';
import type { PromptMessage } from '../../core/schemas/prompt-message.js';
import type { Question } from '../../core/schemas/question.js';
import type { Session } from '../../core/schemas/session.js';
import type { Usage } from '../../core/schemas/usage.js';
import type { LlmClient } from '../../llm/create-llm-client.js';
import type { SessionStore } from '../../store/session-store.js';
import { createSessionId } from '../../store/create-session-id.js';
import { titleFromJobDescription } from '../../core/sessions/title-from-job-description.js';

export type GenerationDependencies = {
  llm: LlmClient;
  sessions: SessionStore;
  logger: { info(object: object, message: string): void; error(object: object, message: string): void };
  now?: () => number;
};

type Progress = {
  sessionId: string;
  startedAt: number;
  firstQuestionAt: number | null;
  model: string;
  prompt: PromptMessage[];
  questions: Question[];
  result: GenerationResult | null;
  usage: Usage | null;
};

/**
 * Runs one generation and yields the events a client sees, in order. The session is saved
 * before `done` is yielded; a failed or cancelled generation that produced questions is saved
 * as partial. Errors never escape: they end the sequence as an `error` event.
 */
export async function* runGeneration(
  dependencies: GenerationDependencies,
  request: GenerationRequest,
  signal: AbortSignal,
): AsyncGenerator<GenerationEvent> {
  const now = dependencies.now ?? Date.now;
  const progress: Progress = {
    sessionId: createSessionId(),
    startedAt: now(),
    firstQuestionAt: null,
    model: request.model ?? '',
    prompt: [],
    questions: [],
    result: null,
    usage: null,
  };
  try {
    for await (const event of dependencies.llm.streamGeneration(request, { signal })) {
      switch (event.type) {
        case 'retry':
          yield { event: 'retry', data: { attempt: event.attempt, delaySeconds: event.delaySeconds, code: event.code, message: event.message } };
          break;
        case 'prompt':
          progress.model = event.model;
          progress.prompt = event.messages;
          yield { event: 'prompt', data: { model: event.model, messages: event.messages, sessionId: progress.sessionId } };
          break;
        case 'progress':
          yield { event: 'progress', data: { inputTokens: event.inputTokens, outputTokens: event.outputTokens, costUsd: event.costUsd } };
          break;
        case 'question':
          progress.firstQuestionAt ??= now();
          progress.questions.push(event.question);
          yield { event: 'question', data: { index: event.index, question: event.question } };
          break;
        case 'result':
          progress.result = event.result;
          yield { event: 'result', data: event.result };
          break;
        case 'usage':
          progress.usage = event.usage;
          yield { event: 'usage', data: event.usage };
          break;
      }
    }
    if (!progress.result) throw new AppError('output_invalid');
    const session = buildSession(request, progress, now(), null);
    await dependencies.sessions.saveSession(session);
    dependencies.logger.info(summaryForLog(session), 'generation finished');
    yield { event: 'done', data: { id: session.id } };
  } catch (thrown) {
    const error = signal.aborted && !isAppError(thrown) ? new AppError('cancelled', { cause: thrown }) : toAppErrorOrInternal(thrown);
    if (error.code === 'internal') dependencies.logger.error({ err: thrown }, 'generation failed');
    else dependencies.logger.info({ code: error.code, questions: progress.questions.length }, 'generation stopped');
    await savePartial(dependencies, request, progress, now(), error);
    yield { event: 'error', data: toApiErrorBody(error) };
  }
}

function toAppErrorOrInternal(thrown: unknown): AppError {
  return isAppError(thrown) ? thrown : new AppError('internal', { cause: thrown });
}

async function savePartial(
  dependencies: GenerationDependencies,
  request: GenerationRequest,
  progress: Progress,
  finishedAt: number,
  error: AppError,
): Promise<void> {
  if (progress.questions.length === 0) return;
  try {
    await dependencies.sessions.saveSession(buildSession(request, progress, finishedAt, error));
  } catch (saveError) {
    dependencies.logger.error({ err: saveError }, 'could not save a partial generation');
  }
}

function buildSession(
  request: GenerationRequest,
  progress: Progress,
  finishedAt: number,
  error: AppError | null,
): Session {
  const result: GenerationResult = progress.result ?? {
    analysis: null,
    questions: progress.questions,
    recommendations: [],
    strategy: '',
    overview: null,
  };
  return {
    id: progress.sessionId,
    createdAt: new Date(progress.startedAt).toISOString(),
    title: titleFromJobDescription(request.jobDescription),
    status: error ? 'partial' : 'complete',
    error: error ? { code: error.code, message: error.message } : null,
    request,
    model: progress.model,
    result,
    usage: progress.usage,
    prompt: progress.prompt,
    timings: {
      firstQuestionMs: progress.firstQuestionAt === null ? null : progress.firstQuestionAt - progress.startedAt,
      totalMs: finishedAt - progress.startedAt,
    },
  };
}

function summaryForLog(session: Session) {
  return {
    sessionId: session.id,
    model: session.model,
    technique: session.request.technique,
    interviewType: session.request.interviewType,
    questions: session.result.questions.length,
    usage: session.usage,
    timings: session.timings,
  };
}
