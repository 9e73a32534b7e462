import type { RecordedRequest } from '../support/fake-openai-server.js';

/** Upstream requests of one client request: how many, and how many repeated an identical body (retries). */
export type Attempts = { attempts: number; repeats: number };

/**
 * Counts the requests the fake server received whose body carries `marker` (a word unique to one
 * client request). A request sent again unchanged is a retry; a changed one (a parameter dropped,
 * a response format given up after a 400) is an adaptation, not a retry.
 */
export function attemptsByMarker(requests: RecordedRequest[], marker: string): Attempts {
  const bodies = requests.map((request) => JSON.stringify(request.body)).filter((body) => body.includes(marker));
  return { attempts: bodies.length, repeats: bodies.length - new Set(bodies).size };
}
