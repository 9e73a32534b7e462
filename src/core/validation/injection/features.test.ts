import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FEATURE_BITS, forEachFeature, KIND_BUCKETS } from './features.js';
import { foldWords } from './fold-text.js';

const bucketsOf = (words: readonly string[]) => {
  const buckets: number[] = [];
  forEachFeature(words, (bucket) => buckets.push(bucket));
  return buckets;
};
const words = fc.oneof(
  fc.array(fc.string({ minLength: 1, maxLength: 12 }), { maxLength: 12 }),
  fc.array(
    fc.constantFrom('ignore', 'previous', 'instructions', 'you', 'only', 'say', 'now', 'ai', 'team', 'pension'),
    {
      maxLength: 12,
    },
  ),
  fc.string({ unit: 'binary', maxLength: 80 }).map(foldWords),
);

describe('forEachFeature', () => {
  it('visits nothing for no words', () => {
    expect(bucketsOf([])).toEqual([]);
  });

  it('puts every bucket in [0, 2^FEATURE_BITS), and is deterministic', () => {
    fc.assert(
      fc.property(words, (list) => {
        const buckets = bucketsOf(list);
        const outOfRange = buckets.filter(
          (bucket) => !Number.isInteger(bucket) || bucket < 0 || bucket >= 2 ** FEATURE_BITS,
        );
        expect(outOfRange).toEqual([]);
        expect(bucketsOf([...list])).toEqual(buckets);
      }),
      { numRuns: 400 },
    );
  });

  it('puts word-kind features below KIND_BUCKETS and word and character features above', () => {
    // "team" has no kind: every feature is lexical. "ignore you" adds two kinds, their pair, their
    // sequence and the kind of the first word.
    expect(bucketsOf(['team']).every((bucket) => bucket >= KIND_BUCKETS)).toBe(true);
    const kinds = bucketsOf(['ignore', 'you']).filter((bucket) => bucket < KIND_BUCKETS);
    expect(new Set(kinds).size).toBe(5);
  });

  it('depends on word order (first word, pairs)', () => {
    expect(bucketsOf(['ignore', 'previous']).sort()).not.toEqual(bucketsOf(['previous', 'ignore']).sort());
  });
});
