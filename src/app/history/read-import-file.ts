import { isAppError } from '../../core/errors.js';
import { parseSessionExportData } from '../../core/export/session-to-json.js';
import { parseJsonBody } from '../../core/parsing/parse-json-body.js';
import { prepareSessionImport, type PreparedSessionImport } from '../../store/prepare-session-import.js';
import { clampFutureDates } from './clamp-future-dates.js';

/** What to read: the bytes of the file as they came, for an owner, at a time (epoch ms). */
export type ImportFileJob = { bytes: Uint8Array; ownerId: string; nowMs: number };

/** The file's sessions ready for the store, or why the file is refused (an `invalid_input` message). */
export type ImportFileReading =
  | { ok: true; prepared: PreparedSessionImport; received: number; clampedToNow: number }
  | { ok: false; message: string; field?: 'file' };

/**
 * Everything an import does before writing, CPU-bound and seconds long for a 10 MB file: parses
 * the JSON as the body parser would, checks the export file, dates future sessions now, validates
 * them as the store does and builds their rows. Runs in a worker thread (readImportFileInWorker).
 */
export function readImportFile({ bytes, ownerId, nowMs }: ImportFileJob): ImportFileReading {
  const body = parseJsonBody(new TextDecoder().decode(bytes));
  if (!body.ok) return { ok: false, message: body.message };
  const parsed = parseSessionExportData(body.value);
  if (!parsed.ok) return { ok: false, message: parsed.message, field: 'file' };
  const dated = clampFutureDates(parsed.sessions, nowMs);
  try {
    const prepared = prepareSessionImport(ownerId, dated.sessions, nowMs);
    return { ok: true, prepared, received: parsed.sessions.length, clampedToNow: dated.clamped };
  } catch (error) {
    if (isAppError(error) && error.code === 'invalid_input') return { ok: false, message: error.message };
    throw error;
  }
}
