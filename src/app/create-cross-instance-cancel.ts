import type { z } from 'zod';
import type { AppLogger } from './app-logger.js';
import type { CancelHere, CancelRelay, Owner } from './ports.js';

export type CrossInstanceCancelOptions<Answer> = {
  /** Keeps the kinds of cancels apart on the relay, e.g. 'generation'. */
  topic: string;
  /** The other instances on the database; null or absent when this process is the only one. */
  relay: CancelRelay | null | undefined;
  cancelHere: CancelHere<Answer>;
  /** Whether the store already holds it as finished, so nothing can run anywhere (no need to ask). */
  finishedInStore(owner: Owner, id: string): Promise<boolean>;
  /** What an answer from another instance must be (it arrives through the database). */
  answerSchema: z.ZodType<Answer>;
  logger: AppLogger;
};

/**
 * A cancel that reaches what it names wherever it runs: here, or on the instance of the relay
 * that runs it. Also serves the other instances' cancels from this registry. Resolves null when
 * nothing of the owner's with that id runs (so a remote cancel answers as a local one does).
 */
export function createCrossInstanceCancel<Answer>(
  options: CrossInstanceCancelOptions<Answer>,
): (owner: Owner, id: string) => Promise<Answer | null> {
  const { topic, relay, cancelHere } = options;
  relay?.serve(topic, cancelHere);
  return async (owner, id) => {
    const here = cancelHere(owner, id);
    if (here !== null) return here;
    if (!relay || (await options.finishedInStore(owner, id))) return null;
    const relayed = await relay.forward(topic, owner, id);
    if (relayed === null || relayed.answer === null) return null;
    const parsed = options.answerSchema.safeParse(relayed.answer);
    if (parsed.success) return parsed.data;
    options.logger.warn(
      { topic, id, err: parsed.error },
      'Another instance answered a cancel with something other than a cancel answer.',
    );
    return null;
  };
}
