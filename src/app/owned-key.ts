import type { Owner } from './ports.js';

/** A map key for the owner's `id`: two owners may use the same id without meeting. */
export function ownedKey(owner: Owner, id: string): string {
  return JSON.stringify([owner.ownerId, id]);
}
