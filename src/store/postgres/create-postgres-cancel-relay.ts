import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { CancelHere, CancelRelay, ForwardedCancel } from '../../app/ports.js';
import type { StoreLogger } from '../store-logger.js';
import {
  encodeCancelMessage,
  parseCancelMessage,
  type CancelRequestMessage,
  type OutgoingCancelMessage,
} from './cancel-relay-messages.js';
import { listenOnChannel, type ListenOptions } from './listen-on-channel.js';

/** The channel every instance on the database listens on for cancels. */
export const CANCEL_CHANNEL = 'interview_prep_cancel';

export type PostgresCancelRelayOptions = Pick<
  ListenOptions,
  'reconnectDelayMs' | 'maxReconnectDelayMs' | 'heartbeatIntervalMs' | 'heartbeatTimeoutMs'
> & {
  logger?: StoreLogger;
  /** How long a forwarded cancel waits for an instance to say it runs it (2 s by default). */
  acceptTimeoutMs?: number;
  /**
   * How long it then waits for the answer, which comes once what ran is saved (5 s by default:
   * normally well under a second, and the whole wait stays under the server's shutdown grace).
   */
  answerTimeoutMs?: number;
};

export type PostgresCancelRelay = CancelRelay & {
  /** Stops listening; forwarded cancels still waiting resolve `unreachable`. */
  close(): Promise<void>;
};

type Waiting = { accepted(): void; finish(result: ForwardedCancel): void };

/**
 * The CancelRelay over LISTEN/NOTIFY on `CANCEL_CHANNEL`: requests, and the answers addressed to
 * the instance that asked (each instance has a random id and ignores its own requests), are sent
 * through the pool; they are received on a connection of its own. Resolves once it listens.
 */
export async function createPostgresCancelRelay(
  url: string,
  pool: pg.Pool,
  options: PostgresCancelRelayOptions = {},
): Promise<PostgresCancelRelay> {
  const { logger, acceptTimeoutMs = 2_000, answerTimeoutMs = 5_000 } = options;
  const instanceId = randomUUID();
  const handlers = new Map<string, CancelHere>();
  const waiting = new Map<string, Waiting>();

  async function notify(message: OutgoingCancelMessage): Promise<void> {
    await pool.query('SELECT pg_notify($1, $2)', [CANCEL_CHANNEL, encodeCancelMessage(message)]);
  }

  function receive(payload: string): void {
    const message = parseCancelMessage(payload);
    if (message === null) {
      logger?.warn(
        { bytes: Buffer.byteLength(payload) },
        `Ignored a notification on ${CANCEL_CHANNEL} that is not a cancel message.`,
      );
      return;
    }
    if (message.kind === 'request') {
      if (message.from !== instanceId) void answer(message);
      return;
    }
    const forwarded = message.to === instanceId ? waiting.get(message.requestId) : undefined;
    switch (message.kind) {
      case 'accepted':
        forwarded?.accepted();
        break;
      case 'answer':
        forwarded?.finish({ status: 'answered', answer: message.answer });
        break;
      case 'stopped':
        forwarded?.finish({ status: 'unanswered' });
        break;
      default: {
        const unknownMessage: never = message;
        throw new Error(`Unknown cancel message: ${JSON.stringify(unknownMessage)}`);
      }
    }
  }

  /**
   * Only the instance that runs it answers: at once that it does, then once it is saved. Each
   * step is tried even when the one before failed: the asker can do without `accepted`.
   */
  async function answer(request: CancelRequestMessage): Promise<void> {
    const { requestId, from: to, topic } = request;
    try {
      const cancelled = handlers.get(topic)?.({ ownerId: request.ownerId }, request.id) ?? null;
      if (cancelled === null) return;
      await notify({ kind: 'accepted', requestId, to }).catch((error: unknown) =>
        logger?.warn({ err: error, topic }, 'Could not tell another instance that its cancel is taken.'),
      );
      await sendAnswer(requestId, to, await cancelled);
    } catch (error) {
      logger?.warn({ err: error, topic }, 'Could not answer a cancel forwarded by another instance.');
    }
  }

  /** The answer, or `stopped` when it cannot be encoded (too large): the asker then reads the store. */
  async function sendAnswer(requestId: string, to: string, result: unknown): Promise<void> {
    let payload: string;
    try {
      payload = encodeCancelMessage({ kind: 'answer', requestId, to, answer: result });
    } catch (error) {
      logger?.warn({ err: error }, 'A cancel answer cannot be sent as it is; saying only that it was stopped.');
      payload = encodeCancelMessage({ kind: 'stopped', requestId, to });
    }
    await pool.query('SELECT pg_notify($1, $2)', [CANCEL_CHANNEL, payload]);
  }

  const listener = await listenOnChannel({
    url,
    channel: CANCEL_CHANNEL,
    onNotification: receive,
    logger,
    reconnectDelayMs: options.reconnectDelayMs,
    maxReconnectDelayMs: options.maxReconnectDelayMs,
    heartbeatIntervalMs: options.heartbeatIntervalMs,
    heartbeatTimeoutMs: options.heartbeatTimeoutMs,
  });

  return {
    forward(topic, owner, id) {
      // Deaf, this instance would stop the run elsewhere without hearing that it did.
      if (!listener.listening) return Promise.resolve({ status: 'unreachable' });
      const requestId = randomUUID();
      return new Promise((resolve) => {
        let timer = setTimeout(() => finish({ status: 'not_running' }), acceptTimeoutMs);
        function finish(result: ForwardedCancel): void {
          clearTimeout(timer);
          waiting.delete(requestId);
          resolve(result);
        }
        function accepted(): void {
          clearTimeout(timer);
          timer = setTimeout(() => finish({ status: 'unanswered' }), answerTimeoutMs);
        }
        waiting.set(requestId, { accepted, finish });
        notify({ kind: 'request', requestId, from: instanceId, topic, ownerId: owner.ownerId, id }).catch((error) => {
          logger?.warn({ err: error, topic }, 'Could not forward a cancel to the other instances.');
          finish({ status: 'unreachable' });
        });
      });
    },
    serve(topic, cancelHere) {
      handlers.set(topic, cancelHere);
    },
    async close() {
      await listener.close();
      for (const request of waiting.values()) request.finish({ status: 'unreachable' });
    },
  };
}
