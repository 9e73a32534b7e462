import { AppError } from '../../core/errors.js';
import {
  MAX_THREAD_ATTEMPTS,
  type PracticeMode,
  type PracticeRequest,
  type PracticeThread,
} from '../../core/schemas/practice.js';
import type { Question } from '../../core/schemas/question.js';
import type { Session } from '../../core/schemas/session.js';
import type { Owner, SessionStore } from '../ports.js';

/** What an answer answers: a question of a session, in a new thread or as the next turn of one. */
export type PracticeTarget = {
  session: Session;
  question: Question;
  threadId: string;
  /** The mode the thread started in (a new thread: the request's). */
  threadMode: PracticeMode;
  /** 0 for the question itself; n for the follow-up of attempt n-1. */
  turn: number;
  /** What the candidate is answering: the question, or the previous attempt's follow-up. */
  prompt: string;
  earlierTurns: { prompt: string; answer: string }[];
};

function notFound(field: string, message: string): AppError {
  return new AppError('not_found', { field, message });
}

/** The turn a thread is at, or the reason it cannot take another answer. */
function nextTurnOf(thread: PracticeThread): { turn: number; prompt: string } {
  if (thread.attempts.length >= MAX_THREAD_ATTEMPTS) {
    throw new AppError('invalid_input', {
      field: 'threadId',
      message: `This practice thread already has ${MAX_THREAD_ATTEMPTS} answers, the most it can hold. Answer the question again to start a new thread.`,
    });
  }
  const followUp = thread.attempts.at(-1)?.followUp ?? null;
  if (followUp === null) {
    throw new AppError('invalid_input', {
      field: 'threadId',
      message:
        'The last answer in this thread got no follow-up question (it did not finish). Answer the question again to start a new thread.',
    });
  }
  return { turn: thread.attempts.length, prompt: followUp };
}

/**
 * The session, question and thread turn a practice request answers; not_found (with the field)
 * for an unknown session, question index or thread, invalid_input for a thread that cannot go on.
 */
export async function requirePracticeTarget(
  sessions: SessionStore,
  owner: Owner,
  request: Pick<PracticeRequest, 'sessionId' | 'questionIndex' | 'threadId' | 'mode'>,
  newThreadId: () => string,
): Promise<PracticeTarget> {
  const session = await sessions.findSession(owner, request.sessionId);
  if (!session) throw notFound('sessionId', 'That session is not in your history any more.');
  const question = session.result.questions[request.questionIndex];
  if (!question) throw notFound('questionIndex', `The session has no question ${request.questionIndex + 1}.`);
  if (request.threadId === undefined) {
    return {
      session,
      question,
      threadId: newThreadId(),
      threadMode: request.mode,
      turn: 0,
      prompt: question.question,
      earlierTurns: [],
    };
  }
  const thread = session.practice.find((candidate) => candidate.id === request.threadId);
  if (!thread || thread.questionIndex !== request.questionIndex) {
    throw notFound(
      'threadId',
      'That practice thread is not one of this question. Answer the question again to start a new one.',
    );
  }
  return {
    session,
    question,
    threadId: thread.id,
    threadMode: thread.mode,
    ...nextTurnOf(thread),
    earlierTurns: thread.attempts.map((attempt) => ({ prompt: attempt.prompt, answer: attempt.answer })),
  };
}
