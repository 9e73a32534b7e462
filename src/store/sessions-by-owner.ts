import type { OwnedSession } from '../app/ports.js';
import type { Session } from '../core/schemas/session.js';

/** The sessions of a batch grouped by owner id, in batch order. */
export function sessionsByOwner(entries: readonly OwnedSession[]): Map<string, Session[]> {
  const byOwner = new Map<string, Session[]>();
  for (const { owner, session } of entries) {
    const sessions = byOwner.get(owner.ownerId) ?? [];
    sessions.push(session);
    byOwner.set(owner.ownerId, sessions);
  }
  return byOwner;
}
