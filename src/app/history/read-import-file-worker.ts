// The worker thread behind readImportFileInWorker: reads the one import file it is sent, answers,
// and is done, so that parsing and validating a 10 MB file never runs on the server's event loop.
import { parentPort } from 'node:worker_threads';
import type { PreparedSessionRows } from '../../store/prepare-session-import.js';
import { lowerThreadPriority } from '../lower-thread-priority.js';
import { readImportFile, type ImportFileJob, type ImportFileReading } from './read-import-file.js';

/** Rows per message: the main thread takes each in a few milliseconds, not all at once. */
const MESSAGE_CHARS = 500_000;

/**
 * What the worker posts: the prepared rows in several `rows` messages, then the reading without
 * them; or the message of what failed unexpectedly.
 */
export type ImportFileWorkerMessage =
  { rows: PreparedSessionRows[] } | { reading: ImportFileReading } | { failure: string };

lowerThreadPriority();

function post(message: ImportFileWorkerMessage): void {
  parentPort?.postMessage(message);
}

parentPort?.once('message', (job: ImportFileJob) => {
  let reading: ImportFileReading;
  try {
    reading = readImportFile(job);
  } catch (error) {
    post({ failure: error instanceof Error ? error.message : String(error) });
    return;
  }
  if (!reading.ok) {
    post({ reading });
    return;
  }
  let rows: PreparedSessionRows[] = [];
  let chars = 0;
  for (const session of reading.prepared.sessions) {
    rows.push(session);
    chars += session.session.data.length + session.attempts.reduce((sum, attempt) => sum + attempt.data.length, 0);
    if (chars >= MESSAGE_CHARS) {
      post({ rows });
      rows = [];
      chars = 0;
    }
  }
  if (rows.length > 0) post({ rows });
  post({ reading: { ...reading, prepared: { sessions: [] } } });
});
