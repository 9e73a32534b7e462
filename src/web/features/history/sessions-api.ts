import { z } from 'zod';
import { SessionSchema, SessionSummarySchema, type Session, type SessionSummary } from '../../../core/schemas/session.js';
import { apiFetch, requestJson } from '../../lib/api-client.js';

const SessionListSchema = z.object({ sessions: z.array(SessionSummarySchema) });

/** Saved sessions, newest first. */
export async function listSessions(): Promise<SessionSummary[]> {
  return (await requestJson('/api/sessions', SessionListSchema)).sessions;
}

/** One whole session. */
export function getSession(id: string): Promise<Session> {
  return requestJson(`/api/sessions/${encodeURIComponent(id)}`, SessionSchema);
}

export async function deleteSession(id: string): Promise<void> {
  await apiFetch(`/api/sessions/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

export async function clearSessions(): Promise<void> {
  await apiFetch('/api/sessions', { method: 'DELETE' });
}

/** Sends an "export all" file back; the server validates it. Returns how many were imported. */
export async function importSessions(fileText: string): Promise<number> {
  const response = await apiFetch('/api/sessions/import', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: fileText,
  });
  const body = (await response.json()) as { imported?: unknown };
  return typeof body.imported === 'number' ? body.imported : 0;
}

export const EXPORT_ALL_URL = '/api/sessions/export';
