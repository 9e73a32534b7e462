import { useCallback, useEffect, useRef, useState } from 'react';
import type { PracticeCancelAnswer } from '../../../core/schemas/practice-event.js';
import type { PracticeRequestInput } from '../../../core/schemas/practice-request-schema.js';
import type { PracticeMode } from '../../../core/schemas/practice.js';
import type { Usage } from '../../../core/schemas/usage.js';
import type { ShownError } from '../../lib/describe-error.js';
import {
  connectionLostError,
  isAbort,
  requestStreamCancel,
  toStreamErrorBody,
  whyStreamStopped,
} from '../../lib/stream-requests.js';
import { cancelPractice } from './api/cancel-practice.js';
import { postPractice } from './api/post-practice.js';
import {
  applyPracticeCancelAnswer,
  applyPracticeEvent,
  cancelledAttemptError,
  createPendingAttempt,
  type LiveAttempt,
} from './live-attempt.js';

const CONNECTION_LOST = connectionLostError('the feedback');

const toErrorBody = (error: unknown): ShownError => toStreamErrorBody(error, CONNECTION_LOST);

type ActiveAttempt = {
  controller: AbortController;
  attemptId: string | null;
  cancel: Promise<PracticeCancelAnswer | null> | null;
  graceTimer: ReturnType<typeof setTimeout> | undefined;
};

/** Why the attempt stopped before its end (`error` when one broke the stream, none when it ended early). */
function stoppedError(active: ActiveAttempt, attempt: LiveAttempt, error?: unknown): ShownError {
  return whyStreamStopped({
    userCancelled: active.cancel !== null,
    error,
    cancelledError: cancelledAttemptError(attempt.criteria.length),
    connectionLost: CONNECTION_LOST,
  });
}

function requestCancel(active: ActiveAttempt): Promise<PracticeCancelAnswer | null> {
  return requestStreamCancel(active, active.attemptId, cancelPractice);
}

/** What the answer form sends, besides where it belongs. */
export type AnswerSubmission = Pick<
  PracticeRequestInput,
  'answer' | 'durationSeconds' | 'spoken' | 'longestPauseSeconds'
> & { mode: PracticeMode };

export type PracticeTarget = { sessionId: string; questionIndex: number; question: string };

export type PracticeState = {
  /** The attempts of the thread on screen, in turn order; the last may be streaming. */
  attempts: LiveAttempt[];
  starting: boolean;
  cancelling: boolean;
  /** An error before the stream started (validation, rate limit, unknown session). */
  startError: ShownError | null;
  submit(submission: AnswerSubmission): Promise<void>;
  cancel(): void;
  /** Leaves the thread: the next answer starts a new one on the same question. */
  startNewThread(): void;
  clearStartError(): void;
};

/**
 * One practice thread on one question: submit() answers the question (or, once an attempt has
 * finished, its follow-up, continuing the thread), streaming the feedback into the last attempt.
 * onSettled reports each attempt that ended, with what it cost, so the page can count it.
 */
export function usePractice(
  target: PracticeTarget,
  onSettled: (attempt: LiveAttempt, usage: Usage | null) => void,
): PracticeState {
  const [attempts, setAttempts] = useState<LiveAttempt[]>([]);
  const [starting, setStarting] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const [startError, setStartError] = useState<ShownError | null>(null);
  const activeRef = useRef<ActiveAttempt | null>(null);
  const attemptsRef = useRef(attempts);
  attemptsRef.current = attempts;
  const onSettledRef = useRef(onSettled);
  onSettledRef.current = onSettled;

  useEffect(() => () => activeRef.current?.controller.abort(), []);

  const submit = useCallback(
    async (submission: AnswerSubmission) => {
      if (activeRef.current) return;
      const previous = attemptsRef.current.at(-1);
      const continuing = previous?.status === 'complete' && previous.followUp !== null && previous.threadId !== null;
      const active: ActiveAttempt = {
        controller: new AbortController(),
        attemptId: null,
        cancel: null,
        graceTimer: undefined,
      };
      activeRef.current = active;
      setStartError(null);
      setCancelling(false);
      setStarting(true);
      const current: { attempt: LiveAttempt | null } = { attempt: null };
      const publish = (next: LiveAttempt) => {
        const isNew = current.attempt === null;
        current.attempt = next;
        setAttempts((list) => (isNew ? [...list, next] : list.map((item) => (item.key === next.key ? next : item))));
      };
      const body: PracticeRequestInput = {
        sessionId: target.sessionId,
        questionIndex: target.questionIndex,
        mode: submission.mode,
        answer: submission.answer,
        spoken: submission.spoken ?? false,
        ...(submission.durationSeconds !== undefined ? { durationSeconds: submission.durationSeconds } : {}),
        ...(submission.longestPauseSeconds !== undefined
          ? { longestPauseSeconds: submission.longestPauseSeconds }
          : {}),
        ...(continuing ? { threadId: previous.threadId! } : {}),
      };
      try {
        try {
          const events = await postPractice(body, active.controller.signal);
          setStarting(false);
          publish(
            createPendingAttempt({
              prompt: continuing ? previous.followUp! : target.question,
              answer: submission.answer,
              mode: submission.mode,
              threadId: continuing ? previous.threadId : null,
              turn: continuing ? previous.turn + 1 : 0,
            }),
          );
          for await (const event of events) {
            if (event.event === 'started') active.attemptId = event.data.attemptId;
            const shown =
              active.cancel && event.event === 'error' && event.data.code === 'cancelled'
                ? { event: 'error' as const, data: cancelledAttemptError(current.attempt!.criteria.length) }
                : event;
            publish(applyPracticeEvent(current.attempt!, shown));
          }
          const ended = current.attempt!;
          if (ended.status === 'streaming') {
            publish({ ...ended, status: 'stopped', error: stoppedError(active, ended) });
          }
        } catch (error) {
          setStarting(false);
          const attempt = current.attempt;
          if (!attempt) {
            if (!isAbort(error)) setStartError(toErrorBody(error));
          } else if (attempt.status === 'streaming') {
            publish({ ...attempt, status: 'stopped', error: stoppedError(active, attempt, error) });
          }
        }
        const answer = active.cancel ? await active.cancel : null;
        if (answer && current.attempt) publish(applyPracticeCancelAnswer(current.attempt, answer));
        if (current.attempt) onSettledRef.current(current.attempt, current.attempt.usage);
      } finally {
        clearTimeout(active.graceTimer);
        if (activeRef.current === active) {
          activeRef.current = null;
          setCancelling(false);
        }
      }
    },
    [target.sessionId, target.questionIndex, target.question],
  );

  const cancel = useCallback(() => {
    const active = activeRef.current;
    if (!active || active.cancel) return;
    setCancelling(true);
    active.cancel = requestCancel(active);
  }, []);

  const startNewThread = useCallback(() => {
    if (activeRef.current) return;
    setAttempts([]);
    setStartError(null);
  }, []);
  const clearStartError = useCallback(() => setStartError(null), []);

  return { attempts, starting, cancelling, startError, submit, cancel, startNewThread, clearStartError };
}
