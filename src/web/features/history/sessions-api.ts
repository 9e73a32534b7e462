import { z } from 'zod';
import { SessionSummarySchema, type SessionSummary } from '../../../core/schemas/session.js';
import { apiFetch, requestJson } from '../../lib/api-client.js';

const SessionListSchema = z.object({ sessions: z.array(SessionSummarySchema) });

/** Saved sessions, newest first. */
export async function listSessions(): Promise<SessionSummary[]> {
  return (await requestJson('/api/sessions', SessionListSchema)).sessions;
}

export async function deleteSession(id: string): Promise<void> {
  await apiFetch(`/api/sessions/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

export async function clearSessions(): Promise<void> {
  await apiFetch('/api/sessions', { method: 'DELETE' });
}

/**
 * What an import did: `imported` sessions are in history now (after pruning to the newest
 * `historyLimit`), out of `received` in the file. An older server answers only `{ imported }`.
 */
const ImportAnswerSchema = z
  .object({
    imported: z.number().int().nonnegative(),
    received: z.number().int().nonnegative().optional(),
    historyLimit: z.number().int().positive().optional(),
  })
  .transform((answer) => ({ ...answer, received: answer.received ?? answer.imported }));

export type ImportAnswer = z.output<typeof ImportAnswerSchema>;

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
  const kept = historyLimit === undefined ? 'kept' : `${historyLimit} kept`;
  const verb = dropped === 1 ? 'was' : 'were';
  return `${sentence} ${dropped} ${verb} older than the newest ${kept} in history and ${verb} not added.`;
}

export const EXPORT_ALL_URL = '/api/sessions/export';
