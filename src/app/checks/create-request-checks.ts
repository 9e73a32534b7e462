import type { Worker } from 'node:worker_threads';
import type { Logger } from 'pino';
import { z } from 'zod';
import type { GenerationRequest } from '../../core/schemas/generation-request.js';
import { createGenerationRequestSchema, type RequestLimits } from '../../core/schemas/generation-request-schema.js';
import { detectPromptInjection } from '../../core/validation/detect-prompt-injection.js';
import { startModuleWorker } from '../start-module-worker.js';

/** A request to check, as the HTTP layer parsed it from JSON. */
export type CheckJob = { id: number; body: unknown };
/** The checked request, the issues that refuse it, or why the worker could not check it. */
export type CheckResult =
  | { id: number; ok: true; value: GenerationRequest }
  | { id: number; ok: false; issues: z.core.$ZodIssue[] }
  | { id: number; failure: string };

export type RequestChecks = {
  /**
   * The generation request cleaned and checked (lengths, prompt injection), or the ZodError that
   * refuses it, exactly as `createGenerationRequestSchema(...).parse` gives them.
   */
  generationRequest(body: unknown): Promise<GenerationRequest>;
  /** Starts the worker now, resolving true once it checks requests (false if it cannot start). */
  warmUp(): Promise<boolean>;
  /** Stops the worker thread. */
  close(): Promise<void>;
};

export type RequestChecksOptions = {
  logger: Logger;
  /** Starts the worker thread (tests give another one); the request-checks worker by default. */
  startWorker?: (limits: RequestLimits) => Worker;
};

const startChecksWorker = (limits: RequestLimits) =>
  startModuleWorker(import.meta.url, 'request-checks-worker', { workerData: limits });

/** A worker that stopped this often is not started again: the server thread checks every request. */
const MAX_WORKER_STARTS = 3;

type PendingCheck = { body: unknown; resolve: (request: GenerationRequest) => void; reject: (error: unknown) => void };

/**
 * Checks requests in a worker thread: cleaning a posting and running the injection detector take
 * 0.5-1.5 ms of CPU per request, which on the event loop delayed every request that arrived with
 * it and every stream already running. One worker, started on the first request; until it is
 * ready, and if it ever stops, requests are checked on the calling thread, so none waits for it.
 */
export function createRequestChecks(limits: RequestLimits, options: RequestChecksOptions): RequestChecks {
  const { logger, startWorker: start = startChecksWorker } = options;
  const inThread = createGenerationRequestSchema(limits, detectPromptInjection);
  const pending = new Map<number, PendingCheck>();
  let worker: Worker | null = null;
  let ready = false;
  let closed = false;
  let nextId = 0;
  let stops = 0;
  let onReady: ((ready: boolean) => void)[] = [];
  const settleReady = (value: boolean) => {
    for (const resolve of onReady) resolve(value);
    onReady = [];
  };

  /** The worker's jobs still open are checked here instead: the caller never sees it stop. */
  function takeBackPending(): void {
    for (const job of pending.values()) {
      try {
        job.resolve(inThread.parse(job.body));
      } catch (error) {
        job.reject(error);
      }
    }
    pending.clear();
  }

  function onMessage(message: CheckResult | { ready: true }): void {
    if ('ready' in message) {
      ready = true;
      settleReady(true);
      return;
    }
    const job = pending.get(message.id);
    if (!job) return;
    pending.delete(message.id);
    if ('failure' in message) job.reject(new Error(`The request could not be checked: ${message.failure}`));
    else if (message.ok) job.resolve(message.value);
    else job.reject(new z.ZodError(message.issues));
  }

  function startWorker(): void {
    const started = start(limits);
    // Never what keeps the process alive: the server's socket does, while there are requests.
    started.unref();
    started.on('message', onMessage);
    const stopped = (reason: unknown) => {
      if (worker !== started) return;
      worker = null;
      ready = false;
      stops += 1;
      if (!closed)
        logger.warn({ err: reason }, 'the request-checks worker stopped; checking requests in the server thread');
      takeBackPending();
      settleReady(false);
    };
    started.on('error', stopped);
    started.on('exit', (code) => stopped(new Error(`exit code ${code}`)));
    worker = started;
  }

  const startIfStopped = () => {
    if (!closed && worker === null && stops < MAX_WORKER_STARTS) startWorker();
  };

  return {
    async generationRequest(body) {
      startIfStopped();
      if (!ready || worker === null) return inThread.parse(body);
      const id = nextId++;
      const checked = new Promise<GenerationRequest>((resolve, reject) => pending.set(id, { body, resolve, reject }));
      try {
        worker.postMessage({ id, body } satisfies CheckJob);
      } catch {
        // Something the worker cannot be sent (never a body parsed from JSON): checked here.
        pending.delete(id);
        return inThread.parse(body);
      }
      return checked;
    },
    warmUp() {
      startIfStopped();
      if (ready) return Promise.resolve(true);
      if (worker === null) return Promise.resolve(false);
      return new Promise((resolve) => onReady.push(resolve));
    },
    async close() {
      closed = true;
      const stopping = worker;
      worker = null;
      ready = false;
      takeBackPending();
      settleReady(false);
      await stopping?.terminate();
    },
  };
}
