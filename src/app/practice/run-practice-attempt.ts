import { AppError, isAppError } from '../../core/errors.js';
import type { PracticeEvent } from '../../core/schemas/practice-event.js';
import type {
  ArithmeticCheck,
  CriterionFeedback,
  Delivery,
  Feedback,
  PracticeAttempt,
  PracticeRequest,
} from '../../core/schemas/practice.js';
import type { Usage } from '../../core/schemas/usage.js';
import type { LlmClient } from '../../llm/create-llm-client.js';
import { MESSAGES_FIELD } from '../../llm/map-openai-error.js';
import type { StructuredOutputEnd, StructuredOutputRequest } from '../../llm/structured-output-request.js';
import type { AppLogger } from '../app-logger.js';
import type { Owner, PracticeStore } from '../ports.js';
import type { PracticeTarget } from './find-practice-target.js';
import { partialFeedback, readCriterion, readFeedbackReply } from './read-feedback-reply.js';

export type PracticeRunDependencies = {
  llm: LlmClient;
  practiceStore: PracticeStore;
  logger: AppLogger;
  now?: () => number;
};

/** How an attempt ended, for whoever stopped it. */
export type AttemptOutcome = { saved: 'complete' | 'partial' | 'none'; usage: Usage | null };

export type PracticeRunOptions = {
  owner: Owner;
  attemptId: string;
  target: PracticeTarget;
  request: PracticeRequest;
  call: StructuredOutputRequest;
  delivery: Delivery;
  arithmetic: ArithmeticCheck[];
  signal: AbortSignal;
  /** Told once, when the attempt has ended (saved or not). */
  onEnd: (outcome: AttemptOutcome) => void;
};

const CANCELLED_MESSAGE = 'The scoring of this answer was cancelled.';

/** The error as a candidate should read it: a too-long prompt is the answer, a cancel is of the scoring. */
function inPracticeTerms(thrown: unknown, signal: AbortSignal): AppError {
  if (!isAppError(thrown)) return new AppError(signal.aborted ? 'cancelled' : 'internal', { cause: thrown });
  if (thrown.code === 'cancelled') return new AppError('cancelled', { message: CANCELLED_MESSAGE, cause: thrown });
  if (thrown.code === 'invalid_input' && thrown.field === MESSAGES_FIELD) {
    return new AppError('invalid_input', {
      field: 'answer',
      message: 'The answer is too long for this model. Shorten it and try again.',
      cause: thrown,
    });
  }
  return thrown;
}

type Progress = { criteria: CriterionFeedback[]; usage: Usage | null };

/**
 * Scores one answer and yields the events a client sees (see PracticeEvent): each criterion as
 * soon as it is complete (validated, quotes verified), then the whole feedback with the verdict
 * computed in code, the follow-up, usage; the attempt is saved before `done`. In interview mode
 * everything is scored and saved alike (the page hides it). A failed or cancelled attempt is
 * saved as partial with the criteria it had; its usage is yielded, then the AppError is thrown.
 */
export async function* runPracticeAttempt(
  dependencies: PracticeRunDependencies,
  options: PracticeRunOptions,
): AsyncGenerator<PracticeEvent, void> {
  const now = dependencies.now ?? Date.now;
  const { owner, target, request, attemptId, signal } = options;
  const interviewType = target.session.request.interviewType;
  const progress: Progress = { criteria: [], usage: null };
  const createdAt = new Date(now()).toISOString();
  let ended = false;
  let usageSent = false;

  const attemptWith = (
    status: PracticeAttempt['status'],
    feedback: Feedback | null,
    followUp: string | null,
    error: AppError | null,
  ): PracticeAttempt => ({
    id: attemptId,
    threadId: target.threadId,
    turn: target.turn,
    createdAt,
    mode: request.mode,
    prompt: target.prompt,
    answer: request.answer,
    delivery: options.delivery,
    status,
    error: error && { code: error.code, message: error.message },
    feedback,
    followUp,
    model: options.call.model,
    usage: progress.usage,
  });
  const save = (attempt: PracticeAttempt) =>
    dependencies.practiceStore.saveAttempt(
      owner,
      { sessionId: target.session.id, threadId: target.threadId, questionIndex: request.questionIndex },
      target.threadMode,
      attempt,
    );
  const savePartial = async (error: AppError): Promise<AttemptOutcome['saved']> => {
    try {
      const saved = await save(
        attemptWith('partial', partialFeedback(progress.criteria, options.arithmetic), null, error),
      );
      return saved ? 'partial' : 'none';
    } catch (saveError) {
      dependencies.logger.error({ err: saveError, attemptId }, 'could not save a partial practice attempt');
      return 'none';
    }
  };
  const finish = (outcome: AttemptOutcome) => {
    ended = true;
    options.onEnd(outcome);
  };

  let stream: ReturnType<LlmClient['streamStructuredOutput']> | null = null;
  try {
    yield { event: 'started', data: { attemptId, threadId: target.threadId, delivery: options.delivery } };
    stream = dependencies.llm.streamStructuredOutput(options.call, { signal });
    let end: StructuredOutputEnd | null = null;
    while (end === null) {
      const next = await stream.next();
      if (next.done) {
        end = next.value;
        break;
      }
      const event = next.value;
      switch (event.type) {
        case 'retry':
          yield { event: 'retry', data: event.notice };
          break;
        case 'opened':
          break;
        case 'element': {
          const criterion = readCriterion(interviewType, event.value, request.answer, progress.criteria);
          if (criterion === null) break;
          const index = progress.criteria.push(criterion) - 1;
          yield { event: 'criterion', data: { index, criterion } };
          break;
        }
        case 'progress':
          yield { event: 'progress', data: event.spend };
          break;
        case 'usage':
          // Held back until the feedback is known: clients see feedback, followUp, usage, done.
          progress.usage = event.usage;
          break;
        default: {
          const unknownEvent: never = event;
          throw new Error(`Unknown model event: ${JSON.stringify(unknownEvent)}`);
        }
      }
    }
    const { feedback, followUp } = readFeedbackReply(interviewType, end, request.answer, options.arithmetic);
    progress.criteria = feedback.criteria;
    yield { event: 'feedback', data: feedback };
    yield { event: 'followUp', data: { text: followUp } };
    if (progress.usage) {
      usageSent = true;
      yield { event: 'usage', data: progress.usage };
    }
    const saved = await save(attemptWith('complete', feedback, followUp, null));
    if (!saved)
      throw new AppError('not_found', {
        field: 'sessionId',
        message: 'The session was deleted while the answer was scored.',
      });
    dependencies.logger.info(summaryForLog(attemptId, target, feedback, progress.usage), 'practice attempt scored');
    finish({ saved: 'complete', usage: progress.usage });
    yield { event: 'done', data: { attemptId, threadId: target.threadId } };
  } catch (thrown) {
    if (ended) throw thrown;
    const error = inPracticeTerms(thrown, signal);
    if (error.code === 'internal') dependencies.logger.error({ err: thrown, attemptId }, 'practice attempt failed');
    else
      dependencies.logger.info(
        { code: error.code, attemptId, criteria: progress.criteria.length },
        'practice attempt stopped',
      );
    finish({ saved: await savePartial(error), usage: progress.usage });
    if (progress.usage && !usageSent) yield { event: 'usage', data: progress.usage };
    throw error;
  } finally {
    // Reached without an end only when the reader stopped early: stop the model call and keep what arrived.
    if (!ended) {
      await stream?.return(undefined as never);
      finish({
        saved: await savePartial(new AppError('cancelled', { message: CANCELLED_MESSAGE })),
        usage: progress.usage,
      });
    }
  }
}

function summaryForLog(attemptId: string, target: PracticeTarget, feedback: Feedback, usage: Usage | null) {
  return {
    attemptId,
    sessionId: target.session.id,
    threadId: target.threadId,
    turn: target.turn,
    verdict: feedback.verdict,
    scores: feedback.criteria.map((criterion) => criterion.score),
    usage,
  };
}
