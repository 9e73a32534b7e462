import type { z } from 'zod';
import { AppError } from '../core/errors.js';
import type { Usage } from '../core/schemas/usage.js';
import type { AppLogger } from './app-logger.js';
import { ownedKey } from './owned-key.js';
import type { CancelHere, CancelRelay, ForwardedCancel, Owner } from './ports.js';

/** What the store holds of a run, as far as a cancel is concerned. */
export type StoredRun<Answer> =
  /** Saved complete: nothing can run anywhere. */
  | { state: 'complete' }
  /** Saved partial by a cancel, with what a cancel answers for it. */
  | { state: 'cancelled'; answer: Answer }
  /** Nothing saved yet, still running, or ended otherwise. */
  | { state: 'other' };

export type CrossInstanceCancelOptions<Answer> = {
  /** Keeps the kinds of cancels apart on the relay, e.g. 'generation'. */
  topic: string;
  /** The other instances on the database; null or absent when this process is the only one. */
  relay: CancelRelay | null | undefined;
  cancelHere: CancelHere<Answer>;
  /** What the store holds of the owner's `id`. */
  findInStore(owner: Owner, id: string): Promise<StoredRun<Answer>>;
  /** What an answer from another instance must be (it arrives through the database). */
  answerSchema: z.ZodType<Answer>;
  logger: AppLogger;
};

export type CrossInstanceCancel<Answer> = {
  /**
   * Cancels the owner's `id` wherever it runs; null when nothing of the owner's with that id runs
   * (so a remote cancel answers as a local one does). Throws database_unavailable (503) when the
   * other instances cannot be asked, or the one that stopped it did not say what it saved.
   */
  cancel(owner: Owner, id: string): Promise<Answer | null>;
  /** Ends the forwarded cancels still waiting, and refuses new ones (shutdown). */
  stop(): void;
};

const UNREACHABLE_MESSAGE =
  'The cancel could not reach the other instances of the app: the connection to the database is being restored. Try again in a moment.';
const SHUTTING_DOWN_MESSAGE =
  'The cancel could not reach the other instances of the app: this one is shutting down. Try again in a moment.';
const ANSWER_LOST_MESSAGE =
  'The cancel reached the instance running it, but what it saved could not be read back. Open the history to see it; if it is still running, cancel again.';

const unavailable = (message: string) => new AppError('database_unavailable', { message });

/** Resolves as `promise` does, or rejects with the shutdown error once `signal` aborts. */
function untilStopped<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(unavailable(SHUTTING_DOWN_MESSAGE));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(unavailable(SHUTTING_DOWN_MESSAGE));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/**
 * A cancel that reaches what it names wherever it runs: here, or on the instance of the relay
 * that runs it, unless the store holds it as complete. Also serves the other instances' cancels
 * from this registry.
 */
export function createCrossInstanceCancel<Answer>(
  options: CrossInstanceCancelOptions<Answer>,
): CrossInstanceCancel<Answer> {
  const { topic, relay, cancelHere } = options;
  const stopping = new AbortController();
  relay?.serve(topic, cancelHere);

  function parseAnswer(answer: unknown, id: string): Answer | null {
    if (answer === null) return null;
    const parsed = options.answerSchema.safeParse(answer);
    if (parsed.success) return parsed.data;
    options.logger.warn(
      { topic, id, err: parsed.error },
      'Another instance answered a cancel with something other than a cancel answer.',
    );
    return null;
  }

  /** It was stopped elsewhere but the answer was lost: what the store holds says what was kept. */
  async function answerFromStore(owner: Owner, id: string): Promise<Answer | null> {
    const stored = await options.findInStore(owner, id);
    if (stored.state === 'cancelled') return stored.answer;
    if (stored.state === 'complete') return null;
    throw unavailable(ANSWER_LOST_MESSAGE);
  }

  async function answerTo(forwarded: ForwardedCancel, owner: Owner, id: string): Promise<Answer | null> {
    switch (forwarded.status) {
      case 'answered':
        return parseAnswer(forwarded.answer, id);
      case 'not_running':
        return null;
      case 'unanswered':
        return answerFromStore(owner, id);
      case 'unreachable':
        throw unavailable(stopping.signal.aborted ? SHUTTING_DOWN_MESSAGE : UNREACHABLE_MESSAGE);
      default: {
        const unknownStatus: never = forwarded;
        throw new Error(`Unknown forwarded cancel: ${JSON.stringify(unknownStatus)}`);
      }
    }
  }

  return {
    async cancel(owner, id) {
      const here = cancelHere(owner, id);
      if (here !== null) return here;
      if (!relay || (await options.findInStore(owner, id)).state === 'complete') return null;
      const forwarded = await untilStopped(relay.forward(topic, owner, id), stopping.signal);
      return answerTo(forwarded, owner, id);
    },
    stop() {
      stopping.abort();
    },
  };
}

/** How a run in a registry ended, as both registries (generations, practice) record it. */
type RunOutcome = { saved: 'complete' | 'partial' | 'none'; usage: Usage | null };

/** What a cancel kept of a run: what its answer says, with the run's id. */
export type KeptByCancel = { saved: 'partial' | 'none'; usage: Usage | null };

/**
 * The cancel of a registry of running work keyed by `ownedKey`: stops the run and, once it has
 * ended, answers with `answer` what was kept (null when it had just completed, so nothing was
 * cancelled).
 */
export function cancelInRegistry<Run extends { ended: Promise<RunOutcome> }, Answer>(
  running: ReadonlyMap<string, Run>,
  stop: (run: Run) => void,
  answer: (id: string, kept: KeptByCancel) => Answer,
): CancelHere<Answer> {
  return (owner, id) => {
    const run = running.get(ownedKey(owner, id));
    if (!run) return null;
    stop(run);
    return run.ended.then(({ saved, usage }) => (saved === 'complete' ? null : answer(id, { saved, usage })));
  };
}

/** What the store holds of the saved session or attempt `id` (null when none), for `findInStore`. */
export function storedRunOf<Answer>(
  saved: { status: string; error: { code: string } | null; usage: Usage | null } | null,
  id: string,
  answer: (id: string, kept: KeptByCancel) => Answer,
): StoredRun<Answer> {
  if (saved?.status === 'complete') return { state: 'complete' };
  if (saved?.status === 'partial' && saved.error?.code === 'cancelled') {
    return { state: 'cancelled', answer: answer(id, { saved: 'partial', usage: saved.usage }) };
  }
  return { state: 'other' };
}
