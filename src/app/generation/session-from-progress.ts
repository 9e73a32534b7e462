import { AppError } from '../../core/errors.js';
import type { GenerationRequest } from '../../core/schemas/generation-request.js';
import type { GenerationResult } from '../../core/schemas/generation-result.js';
import type { Spend } from '../../core/schemas/model-stream.js';
import type { PromptMessage } from '../../core/schemas/prompt-message.js';
import type { Question } from '../../core/schemas/question.js';
import type { Session } from '../../core/schemas/session.js';
import type { Usage } from '../../core/schemas/usage.js';
import { titleFromJobDescription } from '../../core/sessions/title-from-job-description.js';

/** What a generation has produced so far. */
export type GenerationProgress = {
  sessionId: string;
  startedAt: number;
  firstQuestionAt: number | null;
  model: string;
  prompt: PromptMessage[];
  questions: Question[];
  result: GenerationResult | null;
  usage: Usage | null;
};

/** The session to save: complete with its result, or partial with the questions it had and the error. */
export function sessionFromProgress(
  request: GenerationRequest,
  progress: GenerationProgress,
  finishedAt: number,
  error: AppError | null,
): Session {
  const result: GenerationResult = progress.result ?? {
    postingAnalysis: null,
    postingNotes: [],
    analysis: null,
    questions: progress.questions,
    preparationPlan: [],
    strategy: '',
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
    practice: [],
  };
}

/** What a session saved while its generation runs says, until the final save replaces it. */
const INTERRUPTED_MESSAGE =
  'The generation was interrupted (the server stopped) before it finished. Generate again for a complete set.';

/**
 * The session to save while a generation still runs: partial, with the questions so far, an error
 * saying it was interrupted (true if the process dies before the final save), and the spend so
 * far as estimated usage until the real usage arrives.
 */
export function runningSession(
  request: GenerationRequest,
  progress: GenerationProgress,
  spend: Spend | null,
  now: number,
): Session {
  const estimated: Usage | null = spend && {
    inputTokens: spend.inputTokens,
    cachedTokens: 0,
    outputTokens: spend.outputTokens,
    reasoningTokens: 0,
    costUsd: spend.costUsd,
    model: progress.model,
    estimated: true,
  };
  const interrupted = new AppError('upstream_unavailable', { message: INTERRUPTED_MESSAGE });
  // A copy of the list: a write may serialise it after more questions came.
  const soFar = { ...progress, questions: [...progress.questions], usage: progress.usage ?? estimated };
  return sessionFromProgress(request, soFar, now, interrupted);
}
