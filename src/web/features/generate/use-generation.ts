import { useCallback, useEffect, useRef, useState } from 'react';
import type { GenerationRequestInput } from '../../../core/schemas/generation-request-schema.js';
import type { Run } from '../../components/result-view/run.js';
import { postGeneration } from '../../lib/api-client.js';
import { createChunkLoader } from '../../lib/create-chunk-loader.js';
import type { ShownError } from '../../lib/describe-error.js';
import type { ActiveGeneration } from './stream-generation.js';

const generationStream = createChunkLoader(() => import('./stream-generation.js'));

/** Starts loading the code that reads a generation's stream (on Generate's hover or focus). */
export const preloadGenerationStream = generationStream.preload;

/** Shown when the chunk that reads the stream cannot be loaded (the request is then aborted). */
const STREAM_CODE_MISSING: ShownError = {
  code: 'internal',
  title: 'The generation could not be started',
  message:
    'Part of the app did not load: the connection may have dropped, or the app was updated on the server. Try again; if it still fails, reload the page.',
};

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
    try {
      // Sent at once; the code that reads the reply loads meanwhile (usually already there).
      const sent = postGeneration(request, active.controller.signal);
      // Read (and its failure shown) by streamGeneration; not an unhandled rejection meanwhile.
      sent.catch(() => undefined);
      let stream: Awaited<ReturnType<typeof generationStream.load>>;
      try {
        stream = await generationStream.load();
      } catch {
        const dropped = active.controller.signal.aborted;
        active.controller.abort();
        await sent.catch(() => undefined);
        setStarting(false);
        if (!dropped) setStartError(STREAM_CODE_MISSING);
        return;
      }
      await stream.streamGeneration(request, sent, active, {
        publish: (next) => {
          setActiveRun(next);
          onRunChangeRef.current(next);
        },
        onStarted: () => setStarting(false),
        onStartError: setStartError,
      });
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
    const stream = generationStream.current();
    if (stream) {
      active.cancel = stream.requestCancel(active);
      return;
    }
    // Its code is not even here yet: nothing has been read, so the request is simply dropped.
    active.controller.abort();
    active.cancel = Promise.resolve(null);
  }, []);
  const clearStartError = useCallback(() => setStartError(null), []);

  return { activeRun, starting, cancelling, startError, start, cancel, clearStartError };
}
