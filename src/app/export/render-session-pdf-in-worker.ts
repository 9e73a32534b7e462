import type { Worker } from 'node:worker_threads';
import type { Session } from '../../core/schemas/session.js';
import { startModuleWorker } from '../start-module-worker.js';
import type { PdfJob, PdfJobResult } from './render-session-pdf-worker.js';

/** An idle worker is stopped after this long, giving back pdfkit's and the fonts' memory. */
const IDLE_WORKER_MS = 60_000;

type PendingJob = { resolve: (pdf: Buffer) => void; reject: (error: Error) => void };

let worker: Worker | null = null;
let idleTimer: ReturnType<typeof setTimeout> | null = null;
let nextJobId = 0;
const pending = new Map<number, PendingJob>();

function failAll(error: Error): void {
  for (const job of pending.values()) job.reject(error);
  pending.clear();
}

function requireWorker(): Worker {
  if (worker) return worker;
  const started = startModuleWorker(import.meta.url, 'render-session-pdf-worker');
  started.on('message', (result: PdfJobResult) => {
    const job = pending.get(result.id);
    pending.delete(result.id);
    if ('error' in result) job?.reject(new Error(`The PDF could not be rendered: ${result.error}`));
    else job?.resolve(Buffer.from(result.pdf.buffer, result.pdf.byteOffset, result.pdf.byteLength));
    if (pending.size === 0) becomeIdle(started);
  });
  started.on('error', (error) => {
    if (worker === started) worker = null;
    failAll(error);
  });
  started.on('exit', (code) => {
    if (worker === started) worker = null;
    failAll(new Error(`The PDF worker stopped (exit code ${code}).`));
  });
  worker = started;
  return started;
}

/** Lets the process exit while no job is pending, and stops the worker after a while. */
function becomeIdle(idle: Worker): void {
  idle.unref();
  idleTimer = setTimeout(() => {
    if (worker === idle && pending.size === 0) {
      worker = null;
      void idle.terminate();
    }
  }, IDLE_WORKER_MS);
  idleTimer.unref();
}

/**
 * renderSessionPdf in a worker thread: rendering a large session takes seconds of CPU, which on
 * the event loop would stall every other request and stream. One worker, started on the first
 * export, renders the jobs in turn.
 */
export function renderSessionPdfInWorker(session: Session): Promise<Buffer> {
  const target = requireWorker();
  if (idleTimer) clearTimeout(idleTimer);
  idleTimer = null;
  target.ref();
  const id = nextJobId++;
  const result = new Promise<Buffer>((resolve, reject) => pending.set(id, { resolve, reject }));
  target.postMessage({ id, session } satisfies PdfJob);
  return result;
}
