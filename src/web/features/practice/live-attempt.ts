import { DEFAULT_ERROR_MESSAGES } from '../../../core/errors.js';
import type { Spend } from '../../../core/schemas/model-stream.js';
import type { PracticeCancelAnswer, PracticeEvent } from '../../../core/schemas/practice-event.js';
import type {
  CriterionFeedback,
  Delivery,
  Feedback,
  PracticeAttempt,
  PracticeMode,
} from '../../../core/schemas/practice.js';
import type { Usage } from '../../../core/schemas/usage.js';
import type { ShownError } from '../../lib/describe-error.js';

/** streaming: events still arriving; complete: done; stopped: cancelled or failed, criteria kept. */
export type LiveAttemptStatus = 'streaming' | 'complete' | 'stopped';

/** One answer as the practice view shows it: streaming now, or saved earlier. */
export type LiveAttempt = {
  /** A key unique in this page; the attempt id once `started` has named it. */
  key: string;
  attemptId: string | null;
  threadId: string | null;
  turn: number;
  mode: PracticeMode;
  /** What was answered: the question, or the previous attempt's follow-up. */
  prompt: string;
  answer: string;
  delivery: Delivery | null;
  /** Criteria in rubric order, filled as they arrive. */
  criteria: CriterionFeedback[];
  feedback: Feedback | null;
  followUp: string | null;
  usage: Usage | null;
  spent: Spend | null;
  /** The server is waiting before it tries the AI service again: why, and until when (epoch ms). */
  retry: { message: string; until: number } | null;
  error: ShownError | null;
  status: LiveAttemptStatus;
};

let attemptCounter = 0;

/** An attempt just before its answer is sent. */
export function createPendingAttempt(input: {
  prompt: string;
  answer: string;
  mode: PracticeMode;
  threadId: string | null;
  turn: number;
}): LiveAttempt {
  attemptCounter += 1;
  return {
    key: `attempt-${Date.now().toString(36)}-${attemptCounter}`,
    attemptId: null,
    delivery: null,
    criteria: [],
    feedback: null,
    followUp: null,
    usage: null,
    spent: null,
    retry: null,
    error: null,
    status: 'streaming',
    ...input,
  };
}

/** A saved attempt, shown the same way as one that just streamed. */
export function liveAttemptFromSaved(attempt: PracticeAttempt): LiveAttempt {
  return {
    key: attempt.id,
    attemptId: attempt.id,
    threadId: attempt.threadId,
    turn: attempt.turn,
    mode: attempt.mode,
    prompt: attempt.prompt,
    answer: attempt.answer,
    delivery: attempt.delivery,
    criteria: attempt.feedback?.criteria ?? [],
    feedback: attempt.feedback,
    followUp: attempt.followUp,
    usage: attempt.usage,
    spent: null,
    retry: null,
    error: attempt.error,
    status: attempt.status === 'complete' ? 'complete' : 'stopped',
  };
}

function withCriterion(criteria: CriterionFeedback[], index: number, criterion: CriterionFeedback) {
  const next = [...criteria];
  next[index] = criterion;
  // A gap (an index skipped) would leave a hole React cannot render.
  return next.filter((entry): entry is CriterionFeedback => entry !== undefined);
}

/** The attempt after one event of its stream. */
export function applyPracticeEvent(attempt: LiveAttempt, event: PracticeEvent, now = Date.now()): LiveAttempt {
  switch (event.event) {
    case 'started':
      return {
        ...attempt,
        attemptId: event.data.attemptId,
        threadId: event.data.threadId,
        delivery: event.data.delivery,
      };
    case 'retry':
      return { ...attempt, retry: { message: event.data.message, until: now + event.data.delaySeconds * 1000 } };
    case 'progress':
      return { ...attempt, spent: event.data, retry: null };
    case 'criterion':
      return {
        ...attempt,
        retry: null,
        criteria: withCriterion(attempt.criteria, event.data.index, event.data.criterion),
      };
    case 'feedback':
      return { ...attempt, feedback: event.data, criteria: event.data.criteria };
    case 'followUp':
      return { ...attempt, followUp: event.data.text };
    case 'usage':
      return { ...attempt, usage: event.data };
    case 'done':
      return { ...attempt, status: 'complete', retry: null };
    case 'error':
      return { ...attempt, status: 'stopped', retry: null, error: event.data };
    default: {
      const _never: never = event;
      return _never;
    }
  }
}

/** The notice of an attempt its user cancelled: a fresh object, so the banner shows it once. */
export function cancelledAttemptError(criteriaCount: number): ShownError {
  return {
    code: 'cancelled',
    message:
      criteriaCount > 0
        ? `${DEFAULT_ERROR_MESSAGES.cancelled} The criteria already scored are kept, marked as partial feedback.`
        : `${DEFAULT_ERROR_MESSAGES.cancelled} No criterion had been scored yet.`,
  };
}

/** The attempt once the server has answered its cancel: stopped, with what was spent. */
export function applyPracticeCancelAnswer(attempt: LiveAttempt, answer: PracticeCancelAnswer): LiveAttempt {
  if (attempt.status === 'complete') return attempt;
  return {
    ...attempt,
    status: 'stopped',
    retry: null,
    usage: answer.usage ?? attempt.usage,
    error:
      attempt.error?.code === 'cancelled' || !attempt.error
        ? cancelledAttemptError(attempt.criteria.length)
        : attempt.error,
  };
}
