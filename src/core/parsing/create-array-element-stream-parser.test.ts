import { describe, expect, it } from 'vitest';
import { createArrayElementStreamParser } from './create-array-element-stream-parser.js';

const REPLY = JSON.stringify(
  {
    analysis: { summary: 'The "questions" below', skills: [['TypeScript', 'SQL'], []] },
    questions: [
      { question: 'Tell me about {a time} you failed', hints: ['Use "STAR"', 'back\\slash'] },
      { question: 'Design a cache 😀', hints: [] },
      { question: 'Why here?', hints: ['café'] },
    ],
    strategy: 'Practise',
  },
  null,
  2,
);

/** Feeds the text in pieces and returns what each push() emitted. */
function feed(pieces: string[], arrayKey?: string): unknown[][] {
  const parser = createArrayElementStreamParser(arrayKey === undefined ? {} : { arrayKey });
  return pieces.map((piece) => parser.push(piece));
}

function questionsOf(text: string): unknown[] {
  return (JSON.parse(text) as { questions: unknown[] }).questions;
}

describe('createArrayElementStreamParser', () => {
  it('emits each question as soon as its closing brace arrives', () => {
    const firstEnd = REPLY.indexOf('}', REPLY.indexOf('back')) + 1;
    const emitted = feed([REPLY.slice(0, firstEnd - 1), REPLY.slice(firstEnd - 1, firstEnd), REPLY.slice(firstEnd)]);
    expect(emitted[0]).toEqual([]);
    expect(emitted[1]).toEqual([questionsOf(REPLY)[0]]);
    expect(emitted[2]).toEqual(questionsOf(REPLY).slice(1));
  });

  it('skips a leading ```json fence and prose before the first brace', () => {
    for (const prefix of ['```json\n', 'Sure! Here are your questions:\n\n']) {
      const text = `${prefix}${REPLY}\n\`\`\`\nGood luck!`;
      const parser = createArrayElementStreamParser();
      const emitted = [...text].flatMap((character) => parser.push(character));
      expect(emitted).toEqual(questionsOf(REPLY));
      expect(parser.text()).toBe(text);
    }
  });

  it('returns only the complete questions of a truncated reply', () => {
    const cut = REPLY.indexOf('Why here?');
    const emitted = feed([REPLY.slice(0, cut)]).flat();
    expect(emitted).toEqual(questionsOf(REPLY).slice(0, 2));
  });

  it('emits nothing when the reply has no top-level questions key', () => {
    const text = JSON.stringify({
      analysis: { questions: [{ question: 'nested, not top level' }] },
      strategy: 'questions: [{"x": 1}]',
      items: [{ question: 'other key' }],
    });
    expect(feed([text]).flat()).toEqual([]);
    expect(feed([text], 'items').flat()).toEqual([{ question: 'other key' }]);
  });

  it('handles an escape split across chunks', () => {
    const emitted = feed(['{"questions":[{"question":"caf\\', 'u00e9 \\', '"ok\\', '"', '"}]}']).flat();
    expect(emitted).toEqual([{ question: 'café "ok"' }]);
  });

  it('handles an emoji split between its two surrogate halves', () => {
    const text = '{"questions":[{"question":"ship it 🚀"}]}';
    const split = text.indexOf('🚀') + 1;
    expect(feed([text.slice(0, split), text.slice(split)]).flat()).toEqual([{ question: 'ship it 🚀' }]);
  });

  it('skips an element that is not valid JSON without throwing, and keeps going', () => {
    const emitted = feed(['{"questions": [{"question": tru}, {"question": "fine"}]}']).flat();
    expect(emitted).toEqual([{ question: 'fine' }]);
  });

  it('emits primitive elements when they end', () => {
    const emitted = feed(['{"questions": ["a]", 1', '2, null, ', 'true , {"x": [1]}]}']);
    expect(emitted).toEqual([['a]'], [12, null], [true, { x: [1] }]]);
  });

  it('recognises an escaped spelling of the key and ignores text after the object', () => {
    const emitted = feed(['{"que\\u0073tions": [{"n": 1}]} {"questions": [{"n": 2}]}']).flat();
    expect(emitted).toEqual([{ n: 1 }]);
  });
});
