import { randomUUID } from 'node:crypto';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { AppError } from '../../core/errors.js';
import { CancelAnswerSchema, type CancelAnswer } from '../../core/schemas/api.js';
import type { GenerationEvent } from '../../core/schemas/generation-event.js';
import type { GenerationRequest } from '../../core/schemas/generation-request.js';
import type { BudgetGuard } from '../budget/create-budget-guard.js';
import {
  cancelInRegistry,
  createCrossInstanceCancel,
  storedRunOf,
  type KeptByCancel,
} from '../create-cross-instance-cancel.js';
import { ownedKey } from '../owned-key.js';
import type { CancelRelay, Owner, RateLimitStore } from '../ports.js';
import { enforceRateLimit } from '../rate-limit/enforce-rate-limit.js';
import { resolveModel } from '../resolve-model.js';
import { createProgressSaver } from './create-progress-saver.js';
import {
  runGeneration,
  type GenerationDependencies,
  type GenerationOutcome,
  type ProgressSnapshot,
} from './run-generation.js';

export type GenerationServiceDependencies = GenerationDependencies & {
  rateLimits: RateLimitStore;
  rateLimitPerHour: number;
  defaultModel: string;
  /** The spending caps (BUDGET_USD_PER_*); absent only in tests that do not need them. */
  budget?: BudgetGuard;
  /** Reaches the other instances on the database (team mode); absent when this is the only one. */
  cancelRelay?: CancelRelay | null;
};

/** A generation that has been admitted: read `events` to run it. */
export type GenerationRun = {
  sessionId: string;
  /** The events a client sees; the last one is `done`, or the AppError that ended the run is thrown. */
  events: AsyncGenerator<GenerationEvent, void>;
  /** Stops the run (the client went away); what it had is saved as partial. */
  abort(): void;
};

export type GenerationService = {
  /**
   * Admits a generation: refuses it at once with no_api_key, rate_limited, budget_exceeded (or an
   * unknown price while a budget is set) or a used `requestId` (AppError), before anything is
   * sent to the AI service; otherwise returns the run.
   */
  start(owner: Owner, request: GenerationRequest, options?: { requestId?: string }): Promise<GenerationRun>;
  /**
   * Stops a running generation of the owner, on this instance or (through the relay) on the one
   * running it, and waits until what it had is saved. Null when no such generation is running
   * (unknown id, another owner's, or already finished); database_unavailable when the other
   * instances cannot be asked or the one that stopped it did not say what it kept.
   */
  cancel(owner: Owner, sessionId: string): Promise<CancelAnswer | null>;
  /**
   * Whether a generation of the owner is still running into this session (its saved progress
   * reads as partial until it ends). False after it ended, and for every session after a restart.
   */
  isRunning(owner: Owner, sessionId: string): boolean;
  /**
   * Stops every running generation (shutdown) and waits, at most `graceMs`, until each has saved
   * its questions as a partial session. Progress is no longer saved as it streams afterwards.
   * Cancels waiting on the other instances end at once with database_unavailable.
   */
  stopAll(graceMs?: number): Promise<void>;
};

type RunningGeneration = {
  owner: Owner;
  controller: AbortController;
  ended: Promise<GenerationOutcome>;
  markEnded: (outcome: GenerationOutcome) => void;
  /** Whether anyone has started reading the events; until then nothing runs, and a stop ends it at once. */
  began: boolean;
};

/** Progress snapshots written in one go: small enough that one write holds the loop for a few ms. */
const PROGRESS_BATCH_SIZE = 25;

function stop(generation: RunningGeneration): void {
  generation.controller.abort();
  if (!generation.began) generation.markEnded({ saved: 'none', usage: null });
}

/** The generation use case with its registry of running generations, the one place a cancel lands. */
export function createGenerationService(dependencies: GenerationServiceDependencies): GenerationService {
  /** Keyed by owner and session id: another owner's ids are neither found nor reported as used. */
  const running = new Map<string, RunningGeneration>();
  // One saver for every stream: each tick writes all the streams that changed, a batch per
  // write. A write is synchronous (SQLite): the loop lets events through between two batches.
  const progressSaver = createProgressSaver<ProgressSnapshot>({
    async write(snapshots) {
      for (let start = 0; start < snapshots.length; start += PROGRESS_BATCH_SIZE) {
        if (start > 0) await yieldToEventLoop();
        await saveProgressBatch(snapshots.slice(start, start + PROGRESS_BATCH_SIZE));
      }
    },
    onError: (error) => dependencies.logger.error({ err: error }, 'could not save the progress of generations'),
  });

  /** One write for the batch; when it fails, each on its own, so one bad session does not hold back the rest. */
  async function saveProgressBatch(batch: ProgressSnapshot[]): Promise<void> {
    try {
      await dependencies.sessions.saveProgress(batch);
      return;
    } catch (error) {
      if (batch.length === 1) {
        const sessionId = batch[0]!.session.id;
        dependencies.logger.warn({ err: error, sessionId }, 'could not save the progress of a generation');
        return;
      }
    }
    for (const snapshot of batch) await saveProgressBatch([snapshot]);
  }

  async function assertRequestIdFree(owner: Owner, requestId: string): Promise<void> {
    if (running.has(ownedKey(owner, requestId)) || (await dependencies.sessions.findSession(owner, requestId))) {
      throw new AppError('invalid_input', {
        field: 'requestId',
        message: 'This requestId was already used for another generation. Send a new UUID.',
      });
    }
  }

  /** The questions of the session a "Regenerate" names, which the new set must not repeat. */
  async function previousQuestionsOf(owner: Owner, previousSessionId: string | undefined): Promise<string[]> {
    if (previousSessionId === undefined) return [];
    const previous = await dependencies.sessions.findSession(owner, previousSessionId);
    if (!previous) {
      throw new AppError('not_found', {
        field: 'previousSessionId',
        message: 'The session to regenerate from is not in your history any more. Generate without it.',
      });
    }
    return previous.result.questions.map((question) => question.question);
  }

  const answerFor = (sessionId: string, kept: KeptByCancel): CancelAnswer => ({ sessionId, ...kept });
  const crossInstance = createCrossInstanceCancel({
    topic: 'generation',
    relay: dependencies.cancelRelay,
    cancelHere: cancelInRegistry(running, stop, answerFor),
    findInStore: async (owner, sessionId) =>
      storedRunOf(await dependencies.sessions.findSession(owner, sessionId), sessionId, answerFor),
    answerSchema: CancelAnswerSchema,
    logger: dependencies.logger,
  });

  return {
    async start(owner, request, options = {}) {
      if (dependencies.llm.keyMissing) throw new AppError('no_api_key');
      if (options.requestId) await assertRequestIdFree(owner, options.requestId);
      const previousQuestions = await previousQuestionsOf(owner, request.previousSessionId);
      const sessionId = options.requestId ?? randomUUID();
      const { budget } = dependencies;
      // The budget before the hourly slot, so a generation over budget does not use one.
      const admission = await budget?.admit(owner, sessionId, request);
      try {
        await enforceRateLimit(dependencies.rateLimits, owner, {
          bucket: 'generations',
          limitPerHour: dependencies.rateLimitPerHour,
          what: 'generations',
        });
      } catch (error) {
        if (admission) await budget?.settle(owner, admission, null);
        throw error;
      }
      const controller = new AbortController();
      let markEnded: (outcome: GenerationOutcome) => void = () => {};
      const ended = new Promise<GenerationOutcome>((resolve) => (markEnded = resolve));
      const generation: RunningGeneration = { owner, controller, ended, began: false, markEnded };
      const key = ownedKey(owner, sessionId);
      running.set(key, generation);
      void ended.then(() => running.delete(key));
      // The real cost replaces the reserved estimate once the run has ended, however it ended.
      if (admission) void ended.then((outcome) => budget?.settle(owner, admission, outcome.usage));
      const run = runGeneration({ ...dependencies, progressSaver }, request, {
        owner,
        sessionId,
        model: resolveModel(request.model, dependencies.defaultModel),
        signal: controller.signal,
        onEnd: markEnded,
        previousQuestions,
      });
      async function* events() {
        generation.began = true;
        return yield* run;
      }
      return { sessionId, events: events(), abort: () => stop(generation) };
    },

    cancel: crossInstance.cancel,

    isRunning(owner, sessionId) {
      return running.has(ownedKey(owner, sessionId));
    },

    async stopAll(graceMs = 5_000) {
      crossInstance.stop();
      const generations = [...running.values()];
      for (const generation of generations) stop(generation);
      let timer: NodeJS.Timeout | undefined;
      const grace = new Promise<void>((resolve) => (timer = setTimeout(resolve, graceMs)));
      await Promise.race([Promise.all(generations.map((generation) => generation.ended)), grace]);
      clearTimeout(timer);
      await progressSaver.close();
    },
  };
}
