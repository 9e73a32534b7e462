import type { AttemptPlace } from '../app/ports.js';
import { AppError } from '../core/errors.js';
import type { PracticeAttempt, PracticeThread } from '../core/schemas/practice.js';
import { MAX_PRACTICE_THREADS } from '../core/schemas/session-limits.js';
import type { ThreadFields } from './practice-attempt-rows.js';

/** The thread fields stored on the first attempt row of a thread. */
export type ThreadHead = { question_index: number; thread_mode: PracticeThread['mode']; thread_created_at: string };

/**
 * The thread an attempt joins: the stored one (`head`; its mode stays the one it started in, each
 * attempt keeps its own), or a new one dated by this, its first attempt, while the session has
 * fewer than MAX_PRACTICE_THREADS (`threadCount`).
 */
export function threadForAttempt(
  head: ThreadHead | undefined,
  threadCount: () => number,
  place: AttemptPlace,
  mode: PracticeThread['mode'],
  attempt: PracticeAttempt,
): ThreadFields {
  if (head === undefined) {
    if (threadCount() >= MAX_PRACTICE_THREADS) {
      throw new AppError('invalid_input', {
        message: `A session keeps at most ${MAX_PRACTICE_THREADS} practice threads. Start a new session to practise more.`,
      });
    }
    return { id: place.threadId, questionIndex: place.questionIndex, mode, createdAt: attempt.createdAt };
  }
  if (head.question_index !== place.questionIndex) {
    throw new AppError('invalid_input', {
      message: `Practice thread ${place.threadId} is on question ${head.question_index + 1}, not ${place.questionIndex + 1}.`,
    });
  }
  return {
    id: place.threadId,
    questionIndex: head.question_index,
    mode: head.thread_mode,
    createdAt: head.thread_created_at,
  };
}
