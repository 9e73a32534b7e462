import { randomUUID } from 'node:crypto';

/** A new random session id, safe in URLs and file names (a UUID v4). */
export function createSessionId(): string {
  return randomUUID();
}
