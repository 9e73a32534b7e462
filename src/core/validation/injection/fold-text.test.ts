import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldWords } from './fold-text.js';

/** Pieces that exercise every branch: leetspeak, spelled-out letters, wide gaps, look-alikes, invisibles. */
const piece = fc.constantFrom(
  'a',
  'b',
  'I',
  'x',
  '1',
  '0',
  '$',
  '@',
  ' ',
  '  ',
  '\t',
  '.',
  'ignore',
  'é',
  'ﬁ',
  'Ｉ',
  '𝐈',
  'і',
  '\u200B',
  '\u00AD',
  '\uD800',
  '\uDC00',
  '日本',
);
const textOfPieces = fc.array(piece, { maxLength: 24 }).map((pieces) => pieces.join(''));
const anyText = fc.oneof(textOfPieces, fc.string({ unit: 'binary', maxLength: 60 }), fc.string({ maxLength: 60 }));

describe('foldWords', () => {
  it.each([
    ['Ignore ALL previous', ['ignore', 'all', 'previous']],
    ['1gn0re pr3vious 2024', ['ignore', 'previous', '2024']],
    ['i g n o r e   a l l', ['ignore', 'all']],
    ['Ｉｇｎｏｒｅ 𝐈𝐆𝐍𝐎𝐑𝐄', ['ignore', 'ignore']],
    ['Іgnоrе café', ['ignore', 'cafe']],
    ['ig\u200Bnore', ['ignore']],
    ['A B grades', ['a', 'b', 'grades']],
  ])('folds %j', (text, words) => {
    expect(foldWords(text)).toEqual(words);
  });

  it('reads a character the same every time it meets it (folded characters are cached)', () => {
    // "½" unfolds to "1⁄2": two words, whether it is met for the first time or not.
    expect(foldWords('½ ½ ﬁle ﬁle')).toEqual(['1', '2', '1', '2', 'file', 'file']);
    fc.assert(
      fc.property(anyText, (text) => {
        expect(foldWords(text)).toEqual(foldWords(text));
      }),
      { numRuns: 200 },
    );
  });

  it('never throws, and gives non-empty words without spaces, on any string including lone surrogates', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        for (const word of foldWords(text)) {
          expect(word).not.toBe('');
          expect(word).not.toMatch(/\s/);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('lowercases ASCII input into ASCII words', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.integer({ min: 0, max: 0x7f }).map((code) => String.fromCharCode(code)) }),
        (text) => {
          for (const word of foldWords(text)) expect(word).toMatch(/^[a-z0-9@$]+$/);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('is idempotent on its output words joined by spaces', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const words = foldWords(text);
        expect(foldWords(words.join(' '))).toEqual(words);
      }),
      // The example is the shortest counterexample fast-check found: a wide gap cuts a run of single letters short.
      { numRuns: 500, examples: [['A  A A']] },
    );
  });
});
