import { useCallback, useEffect, useRef, useState } from 'react';
import type { CancelAnswer } from '../../../core/schemas/api.js';
import type { GenerationRequestInput } from '../../../core/schemas/generation-request-schema.js';
import { createPendingRun, type Run } from '../../components/result-view/run.js';
import { cancelGeneration, postGeneration } from '../../lib/api-client.js';
import type { ShownError } from '../../lib/describe-error.js';
import {
  connectionLostError,
  isAbort,
  requestStreamCancel,
  toStreamErrorBody,
  whyStreamStopped,
} from '../../lib/stream-requests.js';
import { readEventStream } from '../../lib/read-event-stream.js';
import { applyCancelAnswer, cancelledError, duringUserCancel } from './apply-cancel-answer.js';
import { applyGenerationEvent } from './apply-generation-event.js';

const CONNECTION_LOST = connectionLostError('the generation');

const toErrorBody = (error: unknown): ShownError => toStreamErrorBody(error, CONNECTION_LOST);

/** The generation in flight, as cancel() needs it. */
type ActiveGeneration = {
  controller: AbortController;
  /** From the `started` event: the id the cancel endpoint takes. */
  sessionId: string | null;
  /** Set once the user cancels: the server's answer, or null when it was not (or could not be) asked. */
  cancel: Promise<CancelAnswer | null> | null;
  graceTimer: ReturnType<typeof setTimeout> | undefined;
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

function requestCancel(active: ActiveGeneration): Promise<CancelAnswer | null> {
  return requestStreamCancel(active, active.sessionId, cancelGeneration);
}

export type GenerationState = {
  /** The run streaming now, null when idle. */
  activeRun: Run | null;
  /** True between the click and the first byte of the stream. */
  starting: boolean;
  /** True from a cancel until the stream has ended. */
  cancelling: boolean;
  /** An error that came before the stream started (validation, rate limit, no key). */
  startError: ShownError | null;
  start(request: GenerationRequestInput): Promise<void>;
  cancel(): void;
  clearStartError(): void;
};

/**
 * Runs one generation at a time: POSTs the request, reads its event stream, and reports every
 * change of the run through onRunChange. cancel() asks the server to stop it, reads the stream to
 * its end, and shows what the server kept: the questions, the saved session and the cost.
 */
export function useGeneration(onRunChange: (run: Run) => void): GenerationState {
  const [activeRun, setActiveRun] = useState<Run | null>(null);
  const [starting, setStarting] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const [startError, setStartError] = useState<ShownError | null>(null);
  const activeRef = useRef<ActiveGeneration | null>(null);
  const onRunChangeRef = useRef(onRunChange);
  onRunChangeRef.current = onRunChange;

  useEffect(() => () => activeRef.current?.controller.abort(), []);

  const start = useCallback(async (request: GenerationRequestInput) => {
    activeRef.current?.controller.abort();
    const active: ActiveGeneration = {
      controller: new AbortController(),
      sessionId: null,
      cancel: null,
      graceTimer: undefined,
    };
    activeRef.current = active;
    setStartError(null);
    setCancelling(false);
    setStarting(true);
    // Mutated by publish(); an object so TypeScript does not narrow it to its initial null.
    const current: { run: Run | null } = { run: null };
    const publish = (next: Run) => {
      current.run = next;
      setActiveRun(next);
      onRunChangeRef.current(next);
    };
    try {
      try {
        const response = await postGeneration(request, active.controller.signal);
        setStarting(false);
        publish(createPendingRun(request, request.questionCount ?? 0));
        if (!response.body) throw new Error('The response has no body.');
        for await (const event of readEventStream(response.body)) {
          if (event.event === 'started') active.sessionId = event.data.sessionId;
          publish(applyGenerationEvent(current.run!, active.cancel ? duringUserCancel(event, current.run!) : event));
        }
        const ended = current.run!;
        if (ended.status === 'streaming') {
          publish({ ...ended, status: 'stopped', error: stoppedError(active, ended) });
        }
      } catch (error) {
        setStarting(false);
        const run = current.run;
        if (!run) {
          if (!isAbort(error)) setStartError(toErrorBody(error));
        } else if (run.status === 'streaming') {
          publish({ ...run, status: 'stopped', error: stoppedError(active, run, error) });
        }
      }
      // The stream and the cancel answer end about together; the answer says what was kept.
      const answer = active.cancel ? await active.cancel : null;
      if (answer && current.run) publish(applyCancelAnswer(current.run, answer));
    } finally {
      clearTimeout(active.graceTimer);
      if (activeRef.current === active) {
        activeRef.current = null;
        setActiveRun(null);
        setCancelling(false);
      }
    }
  }, []);

  const cancel = useCallback(() => {
    const active = activeRef.current;
    if (!active || active.cancel) return;
    setCancelling(true);
    active.cancel = requestCancel(active);
  }, []);
  const clearStartError = useCallback(() => setStartError(null), []);

  return { activeRun, starting, cancelling, startError, start, cancel, clearStartError };
}
