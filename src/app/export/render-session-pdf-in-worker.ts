import { Worker } from 'node:worker_threads';
import type { Session } from '../../core/schemas/session.js';
import type { PdfJob, PdfJobResult } from './render-session-pdf-worker.js';

/** An idle worker is stopped after this long, giving back pdfkit's and the fonts' memory. */
const IDLE_WORKER_MS = 60_000;

type PendingJob = { resolve: (pdf: Buffer) => void; reject: (error: Error) => void };

let worker: Worker | null = null;
let idleTimer: ReturnType<typeof setTimeout> | null = null;
let nextJobId = 0;
const pending = new Map<number, PendingJob>();

/**
 * The worker thread. Built, this module is .js and so is the entry beside it. Run from src (tsx
 * or Vitest), the entry is .ts, and Node 20 gives a worker none of the parent's loader hooks:
 * the worker registers tsx itself before importing it.
 */
function startWorker(): Worker {
  const fromSource = import.meta.url.endsWith('.ts');
  const entry = new URL(`./render-session-pdf-worker.${fromSource ? 'ts' : 'js'}`, import.meta.url);
  if (!fromSource) return new Worker(entry);
  const tsx = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(bootstrap, { eval: true });
}

function failAll(error: Error): void {
  for (const job of pending.values()) job.reject(error);
  pending.clear();
}

function requireWorker(): Worker {
  if (worker) return worker;
  const started = startWorker();
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
