import { randomUUID } from 'node:crypto';
import { AppError } from '../../core/errors.js';
import { checkArithmetic } from '../../core/practice/check-arithmetic.js';
import { measureDelivery } from '../../core/practice/measure-delivery.js';
import type { CriterionId, PracticeMode, PracticeRequest } from '../../core/schemas/practice.js';
import type { Usage } from '../../core/schemas/usage.js';
import {
  PracticeCancelAnswerSchema,
  type ExplainEvent,
  type PracticeCancelAnswer,
  type PracticeEvent,
} from '../../core/schemas/practice-event.js';
import type { BudgetGuard } from '../budget/create-budget-guard.js';
import { sessionSpentMicroUsd } from '../budget/session-spent.js';
import {
  cancelInRegistry,
  createCrossInstanceCancel,
  storedRunOf,
  type KeptByCancel,
} from '../create-cross-instance-cancel.js';
import { ownedKey } from '../owned-key.js';
import type { CancelRelay, Owner, SessionStore, StoredAttempt } from '../ports.js';
import { resolveModel } from '../resolve-model.js';
import { admitPracticeCall, type PracticeAdmissionDependencies } from './admit-practice-call.js';
import { addUsage } from './add-usage.js';
import { buildExplainCall, buildFeedbackCall, feedbackContextFor } from './build-practice-call.js';
import { requirePracticeTarget } from './find-practice-target.js';
import { runExplanation } from './run-explanation.js';
import { runPracticeAttempt, type AttemptOutcome, type PracticeRunDependencies } from './run-practice-attempt.js';

export type PracticeServiceDependencies = PracticeRunDependencies &
  Omit<PracticeAdmissionDependencies, 'keyMissing'> & {
    sessions: SessionStore;
    defaultModel: string;
    /** Reaches the other instances on the database (team mode); absent when this is the only one. */
    cancelRelay?: CancelRelay | null;
  };

/** An answer that has been admitted: read `events` to score it. */
export type PracticeRun = {
  attemptId: string;
  threadId: string;
  /** The events a client sees; the last one is `done`, or the AppError that ended the run is thrown. */
  events: AsyncGenerator<PracticeEvent, void>;
  /** Stops the run (the client went away); what it had is saved as partial. */
  abort(): void;
};

/** A "Why this score?" call that has been admitted. */
export type ExplainRun = { events: AsyncGenerator<ExplainEvent, void>; abort(): void };

export type PracticeService = {
  /**
   * Admits an answer: not_found (with the field) for an unknown session, question or thread,
   * invalid_input for a thread that cannot take another answer or a used requestId, then
   * no_api_key, budget_exceeded or rate_limited, before anything is sent; otherwise the run.
   */
  start(owner: Owner, request: PracticeRequest, options?: { requestId?: string }): Promise<PracticeRun>;
  /**
   * Stops a running attempt of the owner, on this instance or (through the relay) on the one
   * running it, and waits until what it had is saved; null when none runs; database_unavailable
   * when the other instances cannot be asked or the one that stopped it did not say what it kept.
   */
  cancel(owner: Owner, attemptId: string): Promise<PracticeCancelAnswer | null>;
  /** Admits an explanation of one scored criterion of a saved attempt (not_found when there is none). */
  explain(owner: Owner, attemptId: string, criterion: CriterionId): Promise<ExplainRun>;
  /**
   * Stops every running attempt (shutdown) and waits, at most `graceMs`, until each is saved;
   * cancels waiting on the other instances end at once with database_unavailable.
   */
  stopAll(graceMs?: number): Promise<void>;
};

type RunningAttempt = {
  owner: Owner;
  threadId: string;
  controller: AbortController;
  ended: Promise<AttemptOutcome>;
  markEnded: (outcome: AttemptOutcome) => void;
  /** Whether anyone has started reading the events; until then nothing runs, and a stop ends it at once. */
  began: boolean;
};

function stop(attempt: RunningAttempt): void {
  attempt.controller.abort();
  if (!attempt.began) attempt.markEnded({ saved: 'none', usage: null });
}

/** The practice use cases, with the registry of running attempts where a cancel lands. */
export function createPracticeService(dependencies: PracticeServiceDependencies): PracticeService {
  /** Keyed by owner and attempt id: another owner's ids are neither found nor reported as used. */
  const running = new Map<string, RunningAttempt>();
  const admission = { ...dependencies, keyMissing: dependencies.llm.keyMissing };
  const settle = (
    owner: Owner,
    admitted: { sessionId: string; startedAt: number },
    usage: Parameters<BudgetGuard['settle']>[2],
  ) => dependencies.budget?.guard.settle(owner, admitted, usage) ?? Promise.resolve();

  async function assertFree(owner: Owner, requestId: string | undefined, threadId: string | undefined): Promise<void> {
    if (
      requestId !== undefined &&
      (running.has(ownedKey(owner, requestId)) || (await dependencies.practiceStore.findAttempt(owner, requestId)))
    ) {
      throw new AppError('invalid_input', {
        field: 'requestId',
        message: 'This requestId was already used for another answer. Send a new UUID.',
      });
    }
    const busy = (attempt: RunningAttempt) => attempt.owner.ownerId === owner.ownerId && attempt.threadId === threadId;
    if (threadId !== undefined && [...running.values()].some(busy)) {
      throw new AppError('invalid_input', {
        field: 'threadId',
        message: 'The previous answer in this thread is still being scored. Wait for its feedback first.',
      });
    }
  }

  /** An explanation's cost is part of its attempt's, so that it counts in the session's total. */
  async function addToAttemptCost(owner: Owner, stored: StoredAttempt, threadMode: PracticeMode, usage: Usage) {
    try {
      const latest =
        (await dependencies.practiceStore.findAttempt(owner, stored.attempt.id))?.attempt ?? stored.attempt;
      await dependencies.practiceStore.saveAttempt(owner, stored, threadMode, {
        ...latest,
        usage: addUsage(latest.usage, usage),
      });
    } catch (error) {
      dependencies.logger.error(
        { err: error, attemptId: stored.attempt.id },
        'could not add an explanation to the cost of its attempt',
      );
    }
  }

  const answerFor = (attemptId: string, kept: KeptByCancel): PracticeCancelAnswer => ({ attemptId, ...kept });
  const crossInstance = createCrossInstanceCancel({
    topic: 'practice',
    relay: dependencies.cancelRelay,
    cancelHere: cancelInRegistry(running, stop, answerFor),
    findInStore: async (owner, attemptId) =>
      storedRunOf(
        (await dependencies.practiceStore.findAttempt(owner, attemptId))?.attempt ?? null,
        attemptId,
        answerFor,
      ),
    answerSchema: PracticeCancelAnswerSchema,
    logger: dependencies.logger,
  });

  return {
    async start(owner, request, options = {}) {
      const attemptId = options.requestId ?? randomUUID();
      const target = await requirePracticeTarget(dependencies.sessions, owner, request, randomUUID);
      await assertFree(owner, options.requestId, request.threadId);
      const { session } = target;
      const delivery = measureDelivery({
        answer: request.answer,
        spoken: request.spoken,
        language: session.request.language,
        ...(request.durationSeconds === undefined ? {} : { durationSeconds: request.durationSeconds }),
        ...(request.longestPauseSeconds === undefined ? {} : { longestPauseSeconds: request.longestPauseSeconds }),
      });
      const arithmetic = session.request.interviewType === 'case_study' ? checkArithmetic(request.answer) : [];
      const model = resolveModel(session.model || undefined, dependencies.defaultModel);
      const call = buildFeedbackCall(
        feedbackContextFor(target, { answer: request.answer, delivery, arithmetic }),
        model,
      );
      const admitted = await admitPracticeCall(admission, owner, call, attemptId, sessionSpentMicroUsd(session));

      const controller = new AbortController();
      let markEnded: (outcome: AttemptOutcome) => void = () => {};
      const ended = new Promise<AttemptOutcome>((resolve) => (markEnded = resolve));
      const attempt: RunningAttempt = { owner, threadId: target.threadId, controller, ended, markEnded, began: false };
      const key = ownedKey(owner, attemptId);
      running.set(key, attempt);
      void ended.then(() => running.delete(key));
      void ended.then((outcome) => settle(owner, admitted, outcome.usage));
      const run = runPracticeAttempt(dependencies, {
        owner,
        attemptId,
        target,
        request,
        call,
        delivery,
        arithmetic,
        signal: controller.signal,
        onEnd: markEnded,
      });
      async function* events() {
        attempt.began = true;
        return yield* run;
      }
      return { attemptId, threadId: target.threadId, events: events(), abort: () => stop(attempt) };
    },

    cancel: crossInstance.cancel,

    async explain(owner, attemptId, criterion) {
      const stored = await dependencies.practiceStore.findAttempt(owner, attemptId);
      if (!stored)
        throw new AppError('not_found', {
          field: 'attemptId',
          message: 'That practice answer is not saved (any more).',
        });
      const scored = stored.attempt.feedback?.criteria.find((entry) => entry.criterion === criterion);
      const session = await dependencies.sessions.findSession(owner, stored.sessionId);
      const question = session?.result.questions[stored.questionIndex];
      if (!scored || !session || !question) {
        throw new AppError('not_found', {
          field: 'criterion',
          message: 'This answer has no score for that criterion.',
        });
      }
      const thread = session.practice.find((candidate) => candidate.id === stored.threadId);
      const earlierTurns = (thread?.attempts ?? [])
        .filter((attempt) => attempt.turn < stored.attempt.turn)
        .map((attempt) => ({ prompt: attempt.prompt, answer: attempt.answer }));
      const { attempt } = stored;
      const context = feedbackContextFor(
        { session, question, prompt: attempt.prompt, earlierTurns },
        { answer: attempt.answer, delivery: attempt.delivery, arithmetic: attempt.feedback?.arithmetic ?? [] },
      );
      const call = buildExplainCall(
        context,
        scored,
        resolveModel(attempt.model || undefined, dependencies.defaultModel),
      );
      const admitted = await admitPracticeCall(admission, owner, call, randomUUID(), sessionSpentMicroUsd(session));
      const controller = new AbortController();
      const events = runExplanation(dependencies.llm, call, {
        attemptId,
        signal: controller.signal,
        onUsage: async (usage) => {
          await settle(owner, admitted, usage);
          if (usage !== null) await addToAttemptCost(owner, stored, thread?.mode ?? attempt.mode, usage);
        },
      });
      return { events, abort: () => controller.abort() };
    },

    async stopAll(graceMs = 5_000) {
      crossInstance.stop();
      const attempts = [...running.values()];
      for (const attempt of attempts) stop(attempt);
      let timer: NodeJS.Timeout | undefined;
      const grace = new Promise<void>((resolve) => (timer = setTimeout(resolve, graceMs)));
      await Promise.race([Promise.all(attempts.map((attempt) => attempt.ended)), grace]);
      clearTimeout(timer);
    },
  };
}
