import type { AppError } from '../../core/errors.js';
import type { GenerationRequest } from '../../core/schemas/generation-request.js';
import type { GenerationResult } from '../../core/schemas/generation-result.js';
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
