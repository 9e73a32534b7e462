import { startModuleWorker } from '../start-module-worker.js';
import type { PreparedSessionRows } from '../../store/prepare-session-import.js';
import type { ImportFileJob, ImportFileReading } from './read-import-file.js';
import type { ImportFileWorkerMessage } from './read-import-file-worker.js';

/**
 * readImportFile in a worker thread of its own, stopped once it has answered: parsing and
 * validating a 10 MB file takes a second or more of CPU, which on the event loop would stall every
 * other request and stream. The rows come back in several messages, each cheap to receive.
 * Imports are rare, so a worker is started for each one.
 */
export function readImportFileInWorker(job: ImportFileJob): Promise<ImportFileReading> {
  const worker = startModuleWorker(import.meta.url, 'read-import-file-worker');
  const rows: PreparedSessionRows[] = [];
  return new Promise<ImportFileReading>((resolve, reject) => {
    worker.on('message', (message: ImportFileWorkerMessage) => {
      if ('rows' in message) {
        for (const session of message.rows) rows.push(session);
        return;
      }
      if ('reading' in message)
        resolve(message.reading.ok ? { ...message.reading, prepared: { sessions: rows } } : message.reading);
      else reject(new Error(`The import file could not be read: ${message.failure}`));
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`The import worker stopped (exit code ${code}).`)));
    worker.postMessage(job);
  });
}
