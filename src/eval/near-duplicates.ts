/** Two questions whose token sets overlap at least this much count as near-duplicates. */
export const NEAR_DUPLICATE_THRESHOLD = 0.8;

/** The distinct words of a text: NFKC, lower case, split on anything that is not a letter or digit. */
export function tokenSet(text: string): Set<string> {
  return new Set(
    text
      .normalize('NFKC')
      .toLowerCase()
      .split(/[^\p{L}\p{M}\p{N}]+/u)
      .filter((token) => token !== ''),
  );
}

/** Jaccard similarity of two sets: shared elements over all elements (1 for two empty sets). */
export function jaccard(first: ReadonlySet<string>, second: ReadonlySet<string>): number {
  if (first.size === 0 && second.size === 0) return 1;
  let shared = 0;
  for (const token of first) if (second.has(token)) shared += 1;
  return shared / (first.size + second.size - shared);
}

/**
 * How many questions of a set nearly repeat an earlier one (token-set Jaccard of at least
 * `threshold`): 0 for a set of distinct questions, 2 for three copies of the same question.
 */
export function countNearDuplicates(questions: readonly string[], threshold = NEAR_DUPLICATE_THRESHOLD): number {
  const seen: Set<string>[] = [];
  let duplicates = 0;
  for (const question of questions) {
    const tokens = tokenSet(question);
    if (seen.some((earlier) => jaccard(earlier, tokens) >= threshold)) duplicates += 1;
    seen.push(tokens);
  }
  return duplicates;
}
