// The worker thread behind renderSessionPdfInWorker: renders each session it is sent, one message
// per job, so that pdfkit's CPU time never runs on the server's event loop.
import { parentPort } from 'node:worker_threads';
import type { Session } from '../../core/schemas/session.js';
import { lowerThreadPriority } from '../lower-thread-priority.js';
import { renderSessionPdf } from './render-session-pdf.js';

/** A job from the main thread. */
export type PdfJob = { id: number; session: Session };
/** Its answer: the PDF, or why it could not be rendered. */
export type PdfJobResult = { id: number; pdf: Uint8Array } | { id: number; error: string };

lowerThreadPriority();

parentPort?.on('message', async ({ id, session }: PdfJob) => {
  let result: PdfJobResult;
  try {
    result = { id, pdf: await renderSessionPdf(session) };
  } catch (error) {
    result = { id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(result);
});
