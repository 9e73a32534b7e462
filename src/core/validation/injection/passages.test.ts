import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitIntoSentences } from './passages.js';

const piece = fc.constantFrom(
  'Word',
  'x',
  '7',
  ' ',
  '  ',
  '\n',
  '\n\n',
  '. ',
  '! ',
  '?',
  '。',
  '！',
  '"',
  ') ',
  '\t',
  '-',
  '😀',
  'é',
);
const text = fc.oneof(
  fc.array(piece, { maxLength: 40 }).map((pieces) => pieces.join('')),
  fc.string({ maxLength: 80 }),
  // Long lines without breaks, to reach the 400-character cut.
  fc
    .array(fc.constantFrom('lorem ', 'ipsumdolorsit', '😀', 'a'), { minLength: 60, maxLength: 200 })
    .map((pieces) => pieces.join('')),
);
const slice = (source: string, span: { start: number; end: number }) => source.slice(span.start, span.end);

describe('splitIntoSentences', () => {
  it('cuts at line breaks and after sentence-ending punctuation followed by a space', () => {
    const source = 'We hire. You lead!\nApply now? Yes。好的 Thanks';
    expect(splitIntoSentences(source).map((span) => slice(source, span))).toEqual([
      'We hire.',
      'You lead!',
      'Apply now?',
      'Yes。',
      '好的 Thanks',
    ]);
  });

  it('keeps "e.g." and "3.5" inside a sentence and drops spans without a letter or digit', () => {
    const source = 'Use e.g.Go or v3.5 daily.\n---\n   \n!!!';
    expect(splitIntoSentences(source).map((span) => slice(source, span))).toEqual(['Use e.g.Go or v3.5 daily.']);
  });

  it('cuts a long line into pieces of at most about 400 characters', () => {
    const source = 'word '.repeat(300).trim();
    const spans = splitIntoSentences(source);
    expect(spans.length).toBeGreaterThan(3);
    for (const span of spans) expect(span.end - span.start).toBeLessThanOrEqual(400);
  });

  it('gives ordered, non-overlapping, trimmed spans within the text, each with a letter or digit', () => {
    fc.assert(
      fc.property(text, (source) => {
        let previousEnd = 0;
        for (const span of splitIntoSentences(source)) {
          expect(span.start).toBeGreaterThanOrEqual(previousEnd);
          expect(span.end).toBeGreaterThan(span.start);
          expect(span.end).toBeLessThanOrEqual(source.length);
          const sentence = slice(source, span);
          expect(sentence).toBe(sentence.trim());
          expect(sentence).toMatch(/[\p{L}\p{N}]/u);
          previousEnd = span.end;
        }
      }),
      { numRuns: 400 },
    );
  });

  it('leaves no letter or digit of the text outside every span, and never splits a surrogate pair', () => {
    fc.assert(
      fc.property(text, (source) => {
        const covered = new Uint8Array(source.length);
        const splitPairs: number[] = [];
        for (const span of splitIntoSentences(source)) {
          covered.fill(1, span.start, span.end);
          for (const cut of [span.start, span.end])
            if (/[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(source.slice(cut - 1, cut + 1))) splitPairs.push(cut);
        }
        const outside = [...source.matchAll(/[\p{L}\p{N}]/gu)].filter((match) => covered[match.index] !== 1);
        expect(outside.map((match) => match.index)).toEqual([]);
        expect(splitPairs).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });
});
