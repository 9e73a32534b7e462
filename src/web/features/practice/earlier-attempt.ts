import type { PracticeAttempt, PracticeThread } from '../../../core/schemas/practice.js';

/** A thread's first attempt as saved, or null. */
export function savedFirstAttempt(threads: PracticeThread[], threadId: string | null): PracticeAttempt | null {
  if (threadId === null) return null;
  return threads.find((thread) => thread.id === threadId)?.attempts[0] ?? null;
}

/**
 * The latest scored attempt on the same question before `attempt`, in another thread: what a
 * re-answer is compared with. Null when this is the first time the question is practised.
 */
export function latestEarlierAttempt(
  threads: PracticeThread[],
  questionIndex: number,
  attempt: PracticeAttempt,
): PracticeAttempt | null {
  const earlier = threads
    .filter((thread) => thread.questionIndex === questionIndex && thread.id !== attempt.threadId)
    .flatMap((thread) => thread.attempts)
    .filter((candidate) => candidate.feedback !== null && candidate.createdAt < attempt.createdAt)
    .sort((first, second) => first.createdAt.localeCompare(second.createdAt));
  return earlier.at(-1) ?? null;
}
