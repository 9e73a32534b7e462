import { DEFAULT_ERROR_MESSAGES } from '../../core/errors.js';
import { isApiError } from './api-error.js';
import type { ShownError } from './describe-error.js';

/** How long the server may take to stop and save before the page disconnects instead. */
const CANCEL_TIMEOUT_MS = 10_000;
/** How long the stream may go on after the cancel was answered (it normally ends at once). */
const STREAM_END_GRACE_MS = 5_000;

/** A streamed request in flight, as a cancel needs it. */
export type StreamInFlight = {
  controller: AbortController;
  graceTimer: ReturnType<typeof setTimeout> | undefined;
};

/** What the page says when the connection to the app server drops while `what` streams. */
export function connectionLostError(what: string): ShownError {
  return {
    code: 'upstream_unavailable',
    title: 'The connection to the app server was lost',
    message: `The connection to the app server closed before ${what} finished. Check that it is still running, then try again.`,
  };
}

export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/** A failed streamed request as the page shows it: the server's error, a lost connection, or an internal error. */
export function toStreamErrorBody(error: unknown, connectionLost: ShownError): ShownError {
  if (isApiError(error)) return error.toBody();
  // fetch reports a dropped connection while reading the body as a TypeError.
  if (error instanceof TypeError) return { ...connectionLost };
  return { code: 'internal', message: DEFAULT_ERROR_MESSAGES.internal };
}

/**
 * Asks the server to stop what streams; it answers once it has saved what it had, and the stream
 * then ends by itself. Without an id yet (before `started`), or when the server cannot answer (not
 * running any more, unreachable), the fetch is aborted instead: the server stops when the client
 * goes away.
 */
export async function requestStreamCancel<Answer>(
  active: StreamInFlight,
  id: string | null,
  cancel: (id: string, signal: AbortSignal) => Promise<Answer>,
): Promise<Answer | null> {
  if (!id) {
    active.controller.abort();
    return null;
  }
  try {
    const answer = await cancel(id, AbortSignal.timeout(CANCEL_TIMEOUT_MS));
    active.graceTimer = setTimeout(() => active.controller.abort(), STREAM_END_GRACE_MS);
    return answer;
  } catch {
    active.controller.abort();
    return null;
  }
}

/**
 * Why a stream still marked as streaming stopped: the user's cancel (or the abort that ends it),
 * else the error that broke it, else (no error: it just ended early) the lost connection.
 */
export function whyStreamStopped(options: {
  userCancelled: boolean;
  error?: unknown;
  cancelledError: ShownError;
  connectionLost: ShownError;
}): ShownError {
  const { userCancelled, error, cancelledError, connectionLost } = options;
  if (userCancelled || isAbort(error)) return cancelledError;
  return error === undefined ? { ...connectionLost } : toStreamErrorBody(error, connectionLost);
}
