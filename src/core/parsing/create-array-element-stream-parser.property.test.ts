import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createArrayElementStreamParser } from './create-array-element-stream-parser.js';

const TRICKY_PIECES = [
  '"',
  '\\',
  '{',
  '}',
  '[',
  ']',
  '\n',
  '\t',
  ',',
  ':',
  'é',
  'ß',
  '中文',
  '😀',
  '👩‍💻',
  '\ud83d',
  'questions',
  '"questions":',
  '\\u00e9',
  ' ',
  '\u2028',
  '/',
];

/** Strings full of characters that matter to a JSON scanner: quotes, escapes, brackets, emoji. */
const trickyString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.array(fc.constantFrom(...TRICKY_PIECES), { maxLength: 12 }).map((pieces) => pieces.join('')),
);

const questionArbitrary = fc.record({
  question: trickyString,
  category: trickyString,
  difficulty: fc.constantFrom('easy', 'medium', 'hard'),
  timeEstimateMinutes: fc.oneof(fc.integer({ min: 0, max: 60 }), fc.double({ noNaN: true, noDefaultInfinity: true })),
  evaluates: fc.array(trickyString, { maxLength: 3 }),
  answerFramework: fc.record({
    kind: fc.constantFrom('star', 'approach'),
    steps: fc.array(fc.record({ label: trickyString, guidance: trickyString }), { maxLength: 3 }),
  }),
  hints: fc.array(trickyString, { maxLength: 3 }),
  caseStudy: fc.option(fc.record({ scenario: trickyString, dataProvided: fc.array(trickyString, { maxLength: 2 }) })),
  redFlags: fc.option(fc.array(trickyString, { maxLength: 2 })),
});

/** An `analysis` value that tries to fool the parser: nested arrays and its own "questions" key. */
const analysisArbitrary = fc.record({
  summary: trickyString.map((text) => `questions ${text} "questions": [`),
  skills: fc.array(fc.array(trickyString, { maxLength: 3 }), { maxLength: 3 }),
  questions: fc.array(fc.oneof(trickyString, fc.record({ question: trickyString })), { maxLength: 3 }),
});

const otherEntries = fc.array(
  fc.tuple(
    trickyString.filter((key) => key !== 'questions' && key !== '__proto__'),
    fc.jsonValue({ maxDepth: 3 }),
  ),
  { maxLength: 3 },
);

const documentArbitrary = fc
  .record({
    before: otherEntries,
    analysis: fc.option(analysisArbitrary, { nil: undefined }),
    questions: fc.array(questionArbitrary, { maxLength: 6 }),
    after: otherEntries,
    indent: fc.constantFrom(undefined, 2, '\t'),
    prefix: fc.constantFrom('', '```json\n', 'Here are your questions:\n\n', '  \n'),
  })
  .map((parts) => {
    const build = (questions: unknown[]): string => {
      const entries: [string, unknown][] = [...parts.before];
      if (parts.analysis) entries.push(['analysis', parts.analysis]);
      entries.push(['questions', questions]);
      for (const entry of parts.after) entries.push(entry);
      return parts.prefix + JSON.stringify(Object.fromEntries(entries), null, parts.indent);
    };
    return { ...parts, build, whole: build(parts.questions) };
  });

/** Splits text into chunks of the given sizes (cycled), cutting through escapes and surrogate pairs. */
function chunk(text: string, sizes: readonly number[]): string[] {
  const chunks: string[] = [];
  for (let offset = 0, turn = 0; offset < text.length; turn += 1) {
    const size = sizes[turn % sizes.length] ?? 1;
    chunks.push(text.slice(offset, offset + size));
    offset += size;
  }
  return chunks;
}

function commonPrefixLength(first: string, second: string): number {
  let length = 0;
  while (length < first.length && first[length] === second[length]) length += 1;
  return length;
}

const chunkSizes = fc.oneof(
  fc.constant([1]),
  fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 30 }),
  fc.array(fc.integer({ min: 1, max: 200 }), { minLength: 1, maxLength: 5 }),
);

describe('createArrayElementStreamParser (properties)', () => {
  it('emits exactly the elements of JSON.parse(whole).questions, whatever the chunking', () => {
    fc.assert(
      fc.property(documentArbitrary, chunkSizes, (document, sizes) => {
        const parser = createArrayElementStreamParser();
        const emitted = chunk(document.whole, sizes).flatMap((piece) => parser.push(piece));
        const expected = (JSON.parse(document.whole.slice(document.prefix.length)) as { questions: unknown[] })
          .questions;
        expect(emitted).toEqual(expected);
        expect(parser.text()).toBe(document.whole);
      }),
    );
  });

  it('emits each element from the push() that delivered its closing brace', () => {
    fc.assert(
      fc.property(documentArbitrary, chunkSizes, (document, sizes) => {
        // Where element i closes, found without the parser: the serialisations of the first i+1
        // questions with and without one more element agree exactly up to that closing brace.
        const closingOffsets = document.questions.map((_question, index) => {
          const upTo = document.questions.slice(0, index + 1);
          const end = commonPrefixLength(document.build(upTo), document.build([...upTo, null]));
          expect(document.whole[end - 1]).toBe('}');
          return end - 1;
        });
        const parser = createArrayElementStreamParser();
        const pushOfElement: number[] = [];
        const pushOfOffset: number[] = [];
        chunk(document.whole, sizes).forEach((piece, pushIndex) => {
          for (let unit = 0; unit < piece.length; unit += 1) pushOfOffset.push(pushIndex);
          for (const _element of parser.push(piece)) pushOfElement.push(pushIndex);
        });
        expect(pushOfElement).toEqual(closingOffsets.map((offset) => pushOfOffset[offset]));
      }),
    );
  });
});
