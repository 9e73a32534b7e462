import { useCallback, useEffect, useRef, useState } from 'react';
import { DEFAULT_ERROR_MESSAGES, type ApiErrorBody } from '../../../core/errors.js';
import type { GenerationRequestInput } from '../../../core/schemas/generation-request-schema.js';
import { createPendingRun, type Run } from '../../components/result-view/run.js';
import { getSession, postGeneration } from '../../lib/api-client.js';
import { isApiError } from '../../lib/api-error.js';
import type { ShownError } from '../../lib/describe-error.js';
import { readEventStream } from '../../lib/read-event-stream.js';
import { applyGenerationEvent } from './apply-generation-event.js';

const CANCELLED: ApiErrorBody = {
  code: 'cancelled',
  message: `${DEFAULT_ERROR_MESSAGES.cancelled} The questions already shown are kept.`,
};
const CONNECTION_LOST: ShownError = {
  code: 'upstream_unavailable',
  title: 'The connection to the app server was lost',
  message:
    'The connection to the app server closed before the generation finished. Check that it is still running, then try again.',
};

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

function toErrorBody(error: unknown): ShownError {
  if (isApiError(error)) return error.toBody();
  // fetch reports a dropped connection while reading the body as a TypeError.
  if (error instanceof TypeError) return { ...CONNECTION_LOST };
  return { code: 'internal', message: DEFAULT_ERROR_MESSAGES.internal };
}

/** Waits before each look for the saved session: about 12 s in all, longer apart each time. */
const RECOVERY_DELAYS_MS = [300, 600, 1000, 1500, 2500, 3000, 3000];

/**
 * After a cancel the stream is gone, but the server still saves what was generated, with the
 * tokens spent (estimated when the AI service never reported them). Fetch that session, so the
 * result shows its cost and can be exported like any other.
 */
async function recoverSavedSession(run: Run, publish: (next: Run) => void): Promise<void> {
  if (!run.pendingSessionId || run.questions.length === 0) return;
  for (const delay of RECOVERY_DELAYS_MS) {
    await new Promise((resolve) => setTimeout(resolve, delay));
    try {
      const session = await getSession(run.pendingSessionId);
      // The server may have kept questions that arrived after the page stopped listening.
      const questions = session.result.questions.length > run.questions.length ? session.result.questions : run.questions;
      publish({ ...run, sessionId: session.id, usage: session.usage ?? run.usage, questions });
      return;
    } catch {
      // Not saved yet (or nothing to save): try again shortly.
    }
  }
}

export type GenerationState = {
  /** The run streaming now, null when idle. */
  activeRun: Run | null;
  /** True between the click and the first byte of the stream. */
  starting: boolean;
  /** An error that came before the stream started (validation, rate limit, no key). */
  startError: ShownError | null;
  start(request: GenerationRequestInput): Promise<void>;
  cancel(): void;
  clearStartError(): void;
};

/**
 * Runs one generation at a time: POSTs the request, reads its event stream, and reports every
 * change of the run through onRunChange. cancel() aborts the fetch, which the server turns
 * into an abort of the upstream request.
 */
export function useGeneration(onRunChange: (run: Run) => void): GenerationState {
  const [activeRun, setActiveRun] = useState<Run | null>(null);
  const [starting, setStarting] = useState(false);
  const [startError, setStartError] = useState<ShownError | null>(null);
  const controllerRef = useRef<AbortController | null>(null);
  const onRunChangeRef = useRef(onRunChange);
  onRunChangeRef.current = onRunChange;

  useEffect(() => () => controllerRef.current?.abort(), []);

  const start = useCallback(async (request: GenerationRequestInput) => {
    controllerRef.current?.abort();
    const controller = new AbortController();
    controllerRef.current = controller;
    setStartError(null);
    setStarting(true);
    // Mutated by publish(); an object so TypeScript does not narrow it to its initial null.
    const current: { run: Run | null } = { run: null };
    const publish = (next: Run) => {
      current.run = next;
      setActiveRun(next);
      onRunChangeRef.current(next);
    };
    try {
      const response = await postGeneration(request, controller.signal);
      setStarting(false);
      publish(createPendingRun(request, request.questionCount ?? 0));
      if (!response.body) throw new Error('The response has no body.');
      for await (const event of readEventStream(response.body)) publish(applyGenerationEvent(current.run!, event));
      const ended = current.run!;
      if (ended.status === 'streaming') publish({ ...ended, status: 'stopped', error: ended.error ?? { ...CONNECTION_LOST } });
    } catch (error) {
      setStarting(false);
      const run = current.run;
      if (!run) {
        if (!isAbort(error)) setStartError(toErrorBody(error));
      } else if (run.status === 'streaming') {
        // A fresh object per run: the banner moves focus to errors it has not shown before.
        publish({ ...run, status: 'stopped', error: isAbort(error) ? { ...CANCELLED } : toErrorBody(error) });
        // Not through publish(): the run is no longer the active one.
        void recoverSavedSession(current.run!, (next) => onRunChangeRef.current(next));
      }
    } finally {
      if (controllerRef.current === controller) {
        controllerRef.current = null;
        setActiveRun(null);
      }
    }
  }, []);

  const cancel = useCallback(() => controllerRef.current?.abort(), []);
  const clearStartError = useCallback(() => setStartError(null), []);

  return { activeRun, starting, startError, start, cancel, clearStartError };
}
