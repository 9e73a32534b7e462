import { DEFAULT_ERROR_MESSAGES } from '../../../core/errors.js';
import type { CancelAnswer } from '../../../core/schemas/api.js';
import type { GenerationEvent } from '../../../core/schemas/generation-event.js';
import type { Run } from '../../components/result-view/run.js';
import type { ShownError } from '../../lib/describe-error.js';

/**
 * The notice of a generation its user cancelled. A fresh object on every call: the banner brings
 * into view each error it has not shown before.
 */
export function cancelledError(questionCount: number): ShownError {
  return {
    code: 'cancelled',
    message:
      questionCount > 0
        ? `${DEFAULT_ERROR_MESSAGES.cancelled} The questions already shown are kept.`
        : `${DEFAULT_ERROR_MESSAGES.cancelled} No question had arrived yet, so nothing was saved.`,
  };
}

/**
 * An event of a stream the user is cancelling: the server's closing `cancelled` error is told in
 * the user's terms (what was kept); every other event is left as it is.
 */
export function duringUserCancel(event: GenerationEvent, run: Run): GenerationEvent {
  if (event.event !== 'error' || event.data.code !== 'cancelled') return event;
  return { event: 'error', data: cancelledError(run.questions.length) };
}

/**
 * The run once the server has answered the cancel (it stopped the generation and saved what it
 * had): stopped, with the questions that arrived, the saved session when there is one (so it
 * exports like any other) and what was spent (estimated when the AI service never reported it).
 */
export function applyCancelAnswer(run: Run, answer: CancelAnswer): Run {
  // A generation that completed was not cancelled (the server answers 404 then); kept as it is.
  if (run.status === 'complete') return run;
  return {
    ...run,
    status: 'stopped',
    retry: null,
    sessionId: answer.saved === 'partial' ? answer.sessionId : null,
    usage: answer.usage ?? run.usage,
    error: run.error ?? cancelledError(run.questions.length),
  };
}
