import { stableHash } from './corpus.js';

export const PLACEMENTS = ['start', 'end', 'own_paragraph', 'end_of_line'] as const;
export type Placement = (typeof PLACEMENTS)[number];

/** The placement for an attack and posting pair, fixed by their ids. */
export function placementFor(attackId: string, postingId: string): Placement {
  return PLACEMENTS[stableHash(`${attackId}|${postingId}`) % PLACEMENTS.length] ?? 'end';
}

/**
 * The attack hidden in the posting as an attacker would place it: before it, after it, as a
 * paragraph of its own in the middle, or appended to a line in the middle.
 */
export function hideInPosting(attack: string, posting: string, placement: Placement): string {
  if (placement === 'start') return `${attack}\n\n${posting}`;
  if (placement === 'end') return `${posting}\n\n${attack}`;
  const lines = posting.split('\n');
  const middle = Math.floor(lines.length / 2);
  if (placement === 'own_paragraph')
    return [...lines.slice(0, middle), '', attack, '', ...lines.slice(middle)].join('\n');
  const line = lines[middle] ?? '';
  return [...lines.slice(0, middle), `${line} ${attack}`, ...lines.slice(middle + 1)].join('\n');
}
