import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppError } from '../core/errors.js';
import { createCrossInstanceCancel, type StoredRun } from './create-cross-instance-cancel.js';
import type { CancelRelay, ForwardedCancel, Owner } from './ports.js';

const ALICE: Owner = { ownerId: 'alice' };
const AnswerSchema = z.object({ id: z.string(), saved: z.enum(['partial', 'none']) });
type Answer = z.infer<typeof AnswerSchema>;

/** A relay whose every forward resolves as `forwarded` does, counting the forwards. */
function relayAnswering(forwarded: () => Promise<ForwardedCancel>) {
  const relay = {
    forwards: 0,
    forward() {
      relay.forwards++;
      return forwarded();
    },
    serve() {},
  } satisfies CancelRelay & { forwards: number };
  return relay;
}

function crossInstance(relay: CancelRelay, stored: StoredRun<Answer> = { state: 'other' }) {
  return createCrossInstanceCancel<Answer>({
    topic: 'generation',
    relay,
    cancelHere: () => null,
    findInStore: async () => stored,
    answerSchema: AnswerSchema,
    logger: pino({ level: 'silent' }),
  });
}

/** The AppError `promise` rejects with. */
async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('createCrossInstanceCancel', () => {
  it('answers from the other instance, and null when none runs it', async () => {
    const answered = crossInstance(
      relayAnswering(async () => ({ status: 'answered', answer: { id: 'r', saved: 'partial' } })),
    );
    expect(await answered.cancel(ALICE, 'r')).toEqual({ id: 'r', saved: 'partial' });
    const nowhere = crossInstance(relayAnswering(async () => ({ status: 'not_running' })));
    expect(await nowhere.cancel(ALICE, 'r')).toBeNull();
  });

  it('asks no one for what the store holds as complete', async () => {
    const relay = relayAnswering(async () => ({ status: 'not_running' }));
    expect(await crossInstance(relay, { state: 'complete' }).cancel(ALICE, 'r')).toBeNull();
    expect(relay.forwards).toBe(0);
  });

  it('answers what the store holds when the instance that stopped it did not say (202, not 404)', async () => {
    const relay = relayAnswering(async () => ({ status: 'unanswered' }));
    const saved: StoredRun<Answer> = { state: 'cancelled', answer: { id: 'r', saved: 'partial' } };
    expect(await crossInstance(relay, saved).cancel(ALICE, 'r')).toEqual({ id: 'r', saved: 'partial' });

    const error = await refusal(crossInstance(relay).cancel(ALICE, 'r'));
    expect(error.code).toBe('database_unavailable');
    expect(error.message).toContain('reached the instance running it');
  });

  it('refuses with database_unavailable, not not-found, when the other instances cannot be asked', async () => {
    const error = await refusal(
      crossInstance(relayAnswering(async () => ({ status: 'unreachable' }))).cancel(ALICE, 'r'),
    );
    expect(error.code).toBe('database_unavailable');
    expect(error.message).toContain('could not reach the other instances');
    expect(error.message).toContain('Try again');
  });

  it('ends a forward still waiting at once when stopped (shutdown), and refuses the next ones', async () => {
    const relay = relayAnswering(() => new Promise(() => {}));
    const cancels = crossInstance(relay);
    const waiting = cancels.cancel(ALICE, 'r');
    await new Promise((resolve) => setTimeout(resolve, 20));
    cancels.stop();
    const error = await refusal(waiting);
    expect(error.code).toBe('database_unavailable');
    expect(error.message).toContain('shutting down');
    expect((await refusal(cancels.cancel(ALICE, 'r'))).message).toContain('shutting down');
  });
});
