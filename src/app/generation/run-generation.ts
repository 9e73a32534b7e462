import { AppError, isAppError } from '../../core/errors.js';
import { extractJsonDocument } from '../../core/parsing/extract-json-document.js';
import type { GenerationEvent } from '../../core/schemas/generation-event.js';
import type { GenerationRequest } from '../../core/schemas/generation-request.js';
import { toGenerationResult } from '../../core/schemas/model-output.js';
import { toQuestion } from '../../core/schemas/question.js';
import type { Spend } from '../../core/schemas/model-stream.js';
import type { Session } from '../../core/schemas/session.js';
import type { Usage } from '../../core/schemas/usage.js';
import type { LlmClient } from '../../llm/create-llm-client.js';
import { MESSAGES_FIELD } from '../../llm/map-openai-error.js';
import type { StructuredOutputEnd } from '../../llm/structured-output-request.js';
import type { AppLogger } from '../app-logger.js';
import type { Owner, SessionStore } from '../ports.js';
import { ownedKey } from '../owned-key.js';
import { buildGenerationCall } from './build-generation-call.js';
import type { ProgressSaver } from './create-progress-saver.js';
import { runningSession, sessionFromProgress, type GenerationProgress } from './session-from-progress.js';

/** A session to write as a generation's progress, for its owner. */
export type ProgressSnapshot = { owner: Owner; session: Session };

export type GenerationDependencies = {
  llm: LlmClient;
  sessions: SessionStore;
  logger: AppLogger;
  now?: () => number;
  /**
   * Saves the questions of a running generation as they stream (coalesced), so that a crash
   * (kill -9, power loss) keeps what the user already saw as a partial session.
   */
  progressSaver?: ProgressSaver<ProgressSnapshot>;
};

/** How a generation ended, for whoever stopped it. */
export type GenerationOutcome = { saved: 'complete' | 'partial' | 'none'; usage: Usage | null };

export type RunGenerationOptions = {
  owner: Owner;
  sessionId: string;
  model: string;
  signal: AbortSignal;
  /** Told once, when the generation has ended (saved or not). */
  onEnd: (outcome: GenerationOutcome) => void;
  /** Questions of an earlier session the new set must not repeat ("Regenerate"). */
  previousQuestions?: readonly string[];
};

/** Why a reply that streamed to its end gives no result. */
function unusableReplyError(end: StructuredOutputEnd): AppError {
  if (end.refusal) {
    return new AppError('output_invalid', {
      message: `The model declined to answer: "${end.refusal.slice(0, 200)}". Check the job description and try again.`,
    });
  }
  if (end.finishReason === null) {
    return new AppError('upstream_unavailable', {
      message: 'The connection to the AI service ended before the reply was complete. Try again in a moment.',
    });
  }
  return new AppError('output_invalid');
}

/** The error as a job seeker should read it: a too-long input is the job description. */
function inDomainTerms(thrown: unknown, signal: AbortSignal): AppError {
  if (!isAppError(thrown)) return new AppError(signal.aborted ? 'cancelled' : 'internal', { cause: thrown });
  if (thrown.code === 'invalid_input' && thrown.field === MESSAGES_FIELD) {
    return new AppError('invalid_input', {
      field: 'jobDescription',
      message: 'The job description is too long for this model. Shorten it or ask for fewer questions.',
      cause: thrown,
    });
  }
  return thrown;
}

/**
 * Runs one generation and yields the events a client sees, in order (see GenerationEvent): the
 * model's elements are validated as questions, the whole reply as the technique's result, and the
 * session is saved before `done`. A failed or cancelled generation that produced questions is
 * saved as partial; its `usage` is yielded, then the AppError is thrown (the front end shows it).
 * While it streams, its questions are saved as a partial session marked interrupted (through
 * `progressSaver`, never awaited between two events); the final save replaces it.
 */
export async function* runGeneration(
  dependencies: GenerationDependencies,
  request: GenerationRequest,
  options: RunGenerationOptions,
): AsyncGenerator<GenerationEvent, void> {
  const now = dependencies.now ?? Date.now;
  const { owner, signal } = options;
  const progress: GenerationProgress = {
    sessionId: options.sessionId,
    startedAt: now(),
    firstQuestionAt: null,
    model: options.model,
    prompt: [],
    questions: [],
    result: null,
    usage: null,
  };
  let usageSent = false;
  let ended = false;
  let spend: Spend | null = null;
  const finish = (outcome: GenerationOutcome) => {
    ended = true;
    options.onEnd(outcome);
  };
  const saver = dependencies.progressSaver;
  const snapshot = (): ProgressSnapshot => ({ owner, session: runningSession(request, progress, spend, now()) });
  /** Called before each final save: no progress write may land after it. */
  // Keyed by owner too: another owner may run a generation under the same id at the same time.
  const progressKey = ownedKey(owner, progress.sessionId);
  const stopSavingProgress = async () => saver?.release(progressKey);
  let stream: ReturnType<LlmClient['streamStructuredOutput']> | null = null;
  try {
    yield { event: 'started', data: { sessionId: progress.sessionId } };
    stream = dependencies.llm.streamStructuredOutput(
      buildGenerationCall(request, options.model, { previousQuestions: options.previousQuestions ?? [] }),
      { signal },
    );
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
          progress.prompt = event.messages;
          yield {
            event: 'prompt',
            data: {
              model: options.model,
              messages: event.messages,
              sessionId: progress.sessionId,
              responseFormat: event.responseFormat,
            },
          };
          break;
        case 'element': {
          // A question that does not fit, or one beyond the number asked for, is left out here
          // and in the final result alike.
          if (progress.questions.length >= request.questionCount) break;
          const question = toQuestion(request.interviewType, event.value);
          if (question === null) break;
          progress.firstQuestionAt ??= now();
          // Kept before it is yielded: a reader that stops at this event has seen it.
          const index = progress.questions.push(question) - 1;
          saver?.markChanged(progressKey, snapshot);
          yield { event: 'question', data: { index, question } };
          break;
        }
        case 'progress':
          // Written with the next question (the snapshot reads the spend then), not on its own:
          // a spend figure alone is not worth rewriting the whole session twice a second.
          spend = event.spend;
          yield { event: 'progress', data: event.spend };
          break;
        case 'usage':
          // Held back until the result is known: clients see result, usage, done.
          progress.usage = event.usage;
          break;
        default: {
          const unknownEvent: never = event;
          throw new Error(`Unknown model event: ${JSON.stringify(unknownEvent)}`);
        }
      }
    }
    const document = extractJsonDocument(end.text);
    progress.result = document === undefined ? null : toGenerationResult(request, document);
    if (!progress.result) throw unusableReplyError(end);
    yield { event: 'result', data: progress.result };
    if (progress.usage) {
      usageSent = true;
      yield { event: 'usage', data: progress.usage };
    }
    const session = sessionFromProgress(request, progress, now(), null);
    await stopSavingProgress();
    await dependencies.sessions.saveSession(owner, session);
    dependencies.logger.info(summaryForLog(session), 'generation finished');
    finish({ saved: 'complete', usage: progress.usage });
    yield { event: 'done', data: { id: session.id } };
  } catch (thrown) {
    const error = inDomainTerms(thrown, signal);
    if (error.code === 'internal') dependencies.logger.error({ err: thrown }, 'generation failed');
    else dependencies.logger.info({ code: error.code, questions: progress.questions.length }, 'generation stopped');
    await stopSavingProgress();
    const saved = await savePartial(dependencies, owner, sessionFromProgress(request, progress, now(), error));
    finish({ saved, usage: progress.usage });
    if (progress.usage && !usageSent) yield { event: 'usage', data: progress.usage };
    throw error;
  } finally {
    // Reached without an end only when the reader stopped early: stop the model call and keep what arrived.
    if (!ended) {
      await stream?.return(undefined as never);
      await stopSavingProgress();
      const saved = await savePartial(
        dependencies,
        owner,
        sessionFromProgress(request, progress, now(), new AppError('cancelled')),
      );
      finish({ saved, usage: progress.usage });
    }
  }
}

async function savePartial(
  dependencies: GenerationDependencies,
  owner: Owner,
  session: Session,
): Promise<GenerationOutcome['saved']> {
  if (session.result.questions.length === 0) return 'none';
  try {
    await dependencies.sessions.saveSession(owner, session);
    return 'partial';
  } catch (saveError) {
    dependencies.logger.error({ err: saveError, sessionId: session.id }, 'could not save a partial generation');
    return 'none';
  }
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
