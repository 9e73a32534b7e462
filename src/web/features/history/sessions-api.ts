import {
  ClearAnswerSchema,
  ImportAnswerSchema,
  SessionListSchema,
  type ClearAnswer,
  type ImportAnswer,
} from '../../../core/schemas/api.js';
import type { SessionSummary } from '../../../core/schemas/session.js';
import { apiFetch, requestJson } from '../../lib/api-client.js';

/** Saved sessions, newest first. */
export async function listSessions(): Promise<SessionSummary[]> {
  return (await requestJson('/api/sessions', SessionListSchema)).sessions;
}

export async function deleteSession(id: string): Promise<void> {
  await apiFetch(`/api/sessions/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

/** Deletes every saved session; says how many there were. */
export function clearSessions(): Promise<ClearAnswer> {
  return requestJson('/api/sessions', ClearAnswerSchema, { method: 'DELETE' });
}

/** Sends an "export all" file back; the server validates it. */
export function importSessions(fileText: string): Promise<ImportAnswer> {
  return requestJson('/api/sessions/import', ImportAnswerSchema, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: fileText,
  });
}

/** "Imported 3 sessions." and, when some were dropped, why. */
export function describeImport(answer: ImportAnswer): string {
  const { imported, received, historyLimit } = answer;
  const sentence = `Imported ${imported} session${imported === 1 ? '' : 's'}.`;
  const dropped = received - imported;
  if (dropped <= 0) return sentence;
  const verb = dropped === 1 ? 'was' : 'were';
  return `${sentence} ${dropped} ${verb} older than the newest ${historyLimit} kept in history and ${verb} not added.`;
}

export const EXPORT_ALL_URL = '/api/sessions/export';
