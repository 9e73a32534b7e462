import type { ServerResponse } from 'node:http';

/** Writes one Server-Sent Event; JSON.stringify keeps the data on a single line. */
export function writeSseEvent(response: ServerResponse, event: string, data: unknown): void {
  response.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
}

/** The headers of an event stream, merged with those plugins already set (security headers). */
export function sseHeaders(existing: Record<string, unknown>): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(existing)) {
    if (value !== undefined) headers[name] = String(value);
  }
  return {
    ...headers,
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
  };
}
