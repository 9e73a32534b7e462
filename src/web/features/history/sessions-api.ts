import {
  ClearAnswerSchema,
  ImportAnswerSchema,
  SessionListSchema,
  type ClearAnswer,
  type ImportAnswer,
  type SessionListEntry,
} from '../../../core/schemas/api.js';
import { IMPORT_FILE_TOO_LARGE_MESSAGE, MAX_IMPORT_FILE_BYTES } from '../../../core/schemas/session-limits.js';
import { apiFetch, requestJson } from '../../lib/api-client.js';
import { ApiError } from '../../lib/api-error.js';

/** Saved sessions, newest first; `running` marks those still generating. */
export async function listSessions(): Promise<SessionListEntry[]> {
  return (await requestJson('/api/sessions', SessionListSchema)).sessions;
}

export async function deleteSession(id: string): Promise<void> {
  await apiFetch(`/api/sessions/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

/** Deletes every saved session; says how many there were. */
export function clearSessions(): Promise<ClearAnswer> {
  return requestJson('/api/sessions', ClearAnswerSchema, { method: 'DELETE' });
}

/** Sends an "export all" file back; the server validates it. A file over the server's limit is refused here, unsent. */
export async function importSessions(file: Blob): Promise<ImportAnswer> {
  if (file.size > MAX_IMPORT_FILE_BYTES)
    throw new ApiError({ code: 'invalid_input', message: IMPORT_FILE_TOO_LARGE_MESSAGE, field: 'file' });
  return requestJson('/api/sessions/import', ImportAnswerSchema, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: await file.text(),
  });
}

/** "Imported 3 sessions." and, when some were dropped or re-dated, why. */
export function describeImport(answer: ImportAnswer): string {
  const { imported, received, historyLimit, clampedToNow } = answer;
  const sentences = [`Imported ${imported} session${imported === 1 ? '' : 's'}.`];
  const dropped = received - imported;
  if (dropped > 0) {
    const verb = dropped === 1 ? 'was' : 'were';
    sentences.push(`${dropped} ${verb} older than the newest ${historyLimit} kept in history and ${verb} not added.`);
  }
  if (clampedToNow > 0) {
    const verb = clampedToNow === 1 ? 'was' : 'were';
    sentences.push(
      `${clampedToNow} ${verb} dated in the future (the clock of the computer that exported ${clampedToNow === 1 ? 'it' : 'them'} may be ahead) and ${verb} dated now instead.`,
    );
  }
  return sentences.join(' ');
}

export const EXPORT_ALL_URL = '/api/sessions/export';
