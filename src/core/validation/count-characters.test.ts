import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countCharacters } from './count-characters.js';

describe('countCharacters', () => {
  it('counts code points: a character outside the Basic Multilingual Plane is one', () => {
    expect(countCharacters('')).toBe(0);
    expect(countCharacters('Go, PostgreSQL')).toBe(14);
    expect(countCharacters('a😀b')).toBe(3);
    expect(countCharacters('🚚'.repeat(2600))).toBe(2600);
    expect(countCharacters('𠮷野家')).toBe(3);
  });

  it('counts a lone surrogate as one character', () => {
    expect(countCharacters('\uD83D')).toBe(1);
    expect(countCharacters('x\uDE00\uD83D')).toBe(3);
  });

  it('agrees with iterating the string by code point', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        expect(countCharacters(text)).toBe([...text].length);
      }),
      { numRuns: 500 },
    );
  });
});
