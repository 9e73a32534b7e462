import type { CancelAnswer } from '../../../core/schemas/api.js';
import type { GenerationRequestInput } from '../../../core/schemas/generation-request-schema.js';
import { createPendingRun } from '../../components/result-view/create-pending-run.js';
import type { Run } from '../../components/result-view/run.js';
import { cancelGeneration } from '../../lib/api-client.js';
import type { ShownError } from '../../lib/describe-error.js';
import { readEventStream } from '../../lib/read-event-stream.js';
import {
  connectionLostError,
  isAbort,
  requestStreamCancel,
  toStreamErrorBody,
  whyStreamStopped,
} from '../../lib/stream-requests.js';
import { applyCancelAnswer, cancelledError, duringUserCancel } from './apply-cancel-answer.js';
import { applyGenerationEvent } from './apply-generation-event.js';

// The code that reads a generation's stream, in its own chunk: loaded when Generate is pointed at,
// focused or pressed, never with the first screen.

const CONNECTION_LOST = connectionLostError('the generation');

/** The generation in flight, as cancel() needs it. */
export type ActiveGeneration = {
  controller: AbortController;
  /** From the `started` event: the id the cancel endpoint takes. */
  sessionId: string | null;
  /** Set once the user cancels: the server's answer, or null when it was not (or could not be) asked. */
  cancel: Promise<CancelAnswer | null> | null;
  graceTimer: ReturnType<typeof setTimeout> | undefined;
};

/** What streamGeneration tells the hook that runs it. */
export type GenerationCallbacks = {
  /** Each change of the run, from the first (pending) one on. */
  publish: (run: Run) => void;
  /** The stream has started, or the request failed before it did. */
  onStarted: () => void;
  /** The request failed before any run existed (validation, rate limit, no key, server down). */
  onStartError: (error: ShownError) => void;
};

/** Why the generation stopped before its end (`error` when one broke the stream, none when it ended early). */
function stoppedError(active: ActiveGeneration, run: Run, error?: unknown): ShownError {
  return whyStreamStopped({
    userCancelled: active.cancel !== null,
    error,
    cancelledError: cancelledError(run.questions.length),
    connectionLost: CONNECTION_LOST,
  });
}

/** Asks the server to stop the generation (see requestStreamCancel). */
export function requestCancel(active: ActiveGeneration): Promise<CancelAnswer | null> {
  return requestStreamCancel(active, active.sessionId, cancelGeneration);
}

/**
 * Reads the response of POST /api/generations (already sent) to its end, publishing every change
 * of the run; after a cancel, publishes what the server's answer says was kept.
 */
export async function streamGeneration(
  request: GenerationRequestInput,
  sent: Promise<Response>,
  active: ActiveGeneration,
  { publish, onStarted, onStartError }: GenerationCallbacks,
): Promise<void> {
  // Mutated by update(); an object so TypeScript does not narrow it to its initial null.
  const current: { run: Run | null } = { run: null };
  const update = (next: Run) => {
    current.run = next;
    publish(next);
  };
  try {
    const response = await sent;
    onStarted();
    update(createPendingRun(request, request.questionCount ?? 0));
    if (!response.body) throw new Error('The response has no body.');
    for await (const event of readEventStream(response.body)) {
      if (event.event === 'started') active.sessionId = event.data.sessionId;
      update(applyGenerationEvent(current.run!, active.cancel ? duringUserCancel(event, current.run!) : event));
    }
    const ended = current.run!;
    if (ended.status === 'streaming') update({ ...ended, status: 'stopped', error: stoppedError(active, ended) });
  } catch (error) {
    onStarted();
    const run = current.run;
    if (!run) {
      if (!isAbort(error)) onStartError(toStreamErrorBody(error, CONNECTION_LOST));
    } else if (run.status === 'streaming') {
      update({ ...run, status: 'stopped', error: stoppedError(active, run, error) });
    }
  }
  // The stream and the cancel answer end about together; the answer says what was kept.
  const answer = active.cancel ? await active.cancel : null;
  if (answer && current.run) update(applyCancelAnswer(current.run, answer));
}
