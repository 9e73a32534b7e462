import { describe, expect, it } from 'vitest';
import { extractJsonDocument } from './extract-json-document.js';

const DOCUMENT = { questions: [{ question: 'Why {this} role?' }], strategy: 'Be "specific"' };
const TEXT = JSON.stringify(DOCUMENT, null, 2);

describe('extractJsonDocument', () => {
  it('parses plain JSON, with surrounding whitespace', () => {
    expect(extractJsonDocument(`\n ${TEXT} \n`)).toEqual(DOCUMENT);
  });

  it('parses JSON inside a ```json fence, with or without a language tag', () => {
    expect(extractJsonDocument(`Here you go:\n\`\`\`json\n${TEXT}\n\`\`\`\nGood luck {!}`)).toEqual(DOCUMENT);
    expect(extractJsonDocument(`\`\`\`\n${TEXT}\n\`\`\``)).toEqual(DOCUMENT);
  });

  it('parses the outermost object inside prose', () => {
    expect(extractJsonDocument(`Sure! ${TEXT} Hope this helps.`)).toEqual(DOCUMENT);
  });

  it('finds the object when the prose around it has braces of its own', () => {
    expect(extractJsonDocument(`Use {braces} sparingly. ${TEXT} Done :}`)).toEqual(DOCUMENT);
  });

  it('returns undefined for a truncated reply rather than an inner object', () => {
    expect(extractJsonDocument(TEXT.slice(0, TEXT.length - 20))).toBeUndefined();
    expect(extractJsonDocument(`\`\`\`json\n${TEXT.slice(0, -3)}`)).toBeUndefined();
  });

  it('returns undefined when nothing parses', () => {
    expect(extractJsonDocument('')).toBeUndefined();
    expect(extractJsonDocument('I cannot help with that.')).toBeUndefined();
    expect(extractJsonDocument('{not json}')).toBeUndefined();
  });
});
