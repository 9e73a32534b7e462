import { describe, expect, it } from 'vitest';
import { countNearDuplicates, jaccard, NEAR_DUPLICATE_THRESHOLD, tokenSet } from './near-duplicates.js';

describe('tokenSet', () => {
  it('keeps distinct words, lower case, without punctuation, in any script', () => {
    expect([...tokenSet('Tell me, tell ME: about a "time"!')]).toEqual(['tell', 'me', 'about', 'a', 'time']);
    expect([...tokenSet('Décrivez une situation où…')]).toEqual(['décrivez', 'une', 'situation', 'où']);
  });
});

describe('jaccard', () => {
  it('is shared words over all words', () => {
    expect(jaccard(new Set(['a', 'b', 'c']), new Set(['b', 'c', 'd']))).toBe(0.5);
    expect(jaccard(new Set(['a']), new Set(['a']))).toBe(1);
    expect(jaccard(new Set(['a']), new Set(['b']))).toBe(0);
    expect(jaccard(new Set(), new Set())).toBe(1);
  });
});

describe('countNearDuplicates', () => {
  it('counts questions that repeat an earlier one, ignoring case, punctuation and word order', () => {
    expect(
      countNearDuplicates([
        'Tell me about a time you handled a difficult patient.',
        'Tell me about a time you handled a DIFFICULT patient?',
        'A time you handled a difficult patient: tell me about it.',
        'How do you prioritise when two patients deteriorate at once?',
      ]),
    ).toBe(2);
  });

  it('counts each copy after the first', () => {
    expect(countNearDuplicates(['Same question here', 'Same question here', 'Same question here'])).toBe(2);
  });

  it('does not count questions that only share a frame', () => {
    expect(
      countNearDuplicates([
        'Tell me about a time you handled a difficult patient.',
        'Tell me about a time you disagreed with a consultant.',
      ]),
    ).toBe(0);
  });

  it('uses a threshold of 0.8 by default: 4 of 5 words shared is a duplicate, 3 of 5 is not', () => {
    expect(NEAR_DUPLICATE_THRESHOLD).toBe(0.8);
    // {a b c d} vs {a b c d e}: 4/5 = 0.8
    expect(countNearDuplicates(['alpha beta gamma delta', 'alpha beta gamma delta epsilon'])).toBe(1);
    // {a b c} vs {a b c d e}: 3/5 = 0.6
    expect(countNearDuplicates(['alpha beta gamma', 'alpha beta gamma delta epsilon'])).toBe(0);
    expect(countNearDuplicates(['alpha beta gamma', 'alpha beta gamma delta epsilon'], 0.6)).toBe(1);
  });

  it('is 0 for an empty or one-question set', () => {
    expect(countNearDuplicates([])).toBe(0);
    expect(countNearDuplicates(['Only one'])).toBe(0);
  });
});
