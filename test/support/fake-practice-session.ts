import { generationBody } from './sse-client.js';

/** A behavioral answer of about 330 characters: the fake scores it in its first length band. */
export const SAMPLE_ANSWER =
  'Last spring our payment service kept timing out at peak hours. I traced it to a missing index on the ledger table. ' +
  'I proposed a fix, tested it on a copy of production and rolled it out at night. ' +
  'Latency fell from two seconds to two hundred milliseconds. I learned to check query plans before adding servers.';

/** Generates a session through the API (JSON mode) against the fake server; returns its id. */
export async function generateSession(
  baseUrl: string,
  overrides: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<string> {
  const response = await fetch(`${baseUrl}/api/generations`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
    body: JSON.stringify(generationBody({ interviewType: 'behavioral', ...overrides })),
  });
  if (response.status !== 200) throw new Error(`generation failed: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { id: string }).id;
}

export function practiceBody(sessionId: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { sessionId, questionIndex: 0, answer: SAMPLE_ANSWER, mode: 'coach', durationSeconds: 90, ...overrides };
}

/** POSTs an answer, as an event stream unless `accept` says otherwise; the response is not yet read. */
export function postPractice(
  baseUrl: string,
  body: unknown,
  options: { accept?: string; signal?: AbortSignal; headers?: Record<string, string> } = {},
): Promise<Response> {
  return fetch(`${baseUrl}/api/practice`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: options.accept ?? 'text/event-stream', ...options.headers },
    body: JSON.stringify(body),
    ...(options.signal ? { signal: options.signal } : {}),
  });
}

/** POSTs "Why this score?" for one criterion of an attempt. */
export function postExplain(baseUrl: string, attemptId: string, criterion: string): Promise<Response> {
  return fetch(`${baseUrl}/api/practice/${attemptId}/explain`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
    body: JSON.stringify({ criterion }),
  });
}

/** The body of the last request the fake received whose schema is the practice feedback's. */
export function isFeedbackRequest(body: Record<string, unknown>): boolean {
  const format = body['response_format'] as { json_schema?: { name?: string } } | undefined;
  return format?.json_schema?.name === 'practice_feedback';
}
