// The worker thread behind renderSessionPdfInWorker: renders each session it is sent, one message
// per job, so that pdfkit's CPU time never runs on the server's event loop.
import os from 'node:os';
import { parentPort } from 'node:worker_threads';
import type { Session } from '../../core/schemas/session.js';
import { renderSessionPdf } from './render-session-pdf.js';

/** How much lower than normal the worker runs (0 normal, 19 lowest). */
const WORKER_NICE_VALUE = 10;

/** A job from the main thread. */
export type PdfJob = { id: number; session: Session };
/** Its answer: the PDF, or why it could not be rendered. */
export type PdfJobResult = { id: number; pdf: Uint8Array } | { id: number; error: string };

// Background work: on a busy machine the server's own thread (requests, streams) goes first. On
// Linux the nice value is per thread, so this lowers only this worker; elsewhere it may not apply.
try {
  os.setPriority(WORKER_NICE_VALUE);
} catch {
  // Not allowed here: render at normal priority.
}

parentPort?.on('message', async ({ id, session }: PdfJob) => {
  let result: PdfJobResult;
  try {
    result = { id, pdf: await renderSessionPdf(session) };
  } catch (error) {
    result = { id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(result);
});
