import { describe, expect, it } from 'vitest';
import { CATEGORY_NAMES, categoryOf } from './word-categories.js';

describe('categoryOf', () => {
  it.each([
    ['chatgpt', 'ai'],
    ['your', 'you'],
    ['reply', 'reply'],
    ['instructions', 'orders'],
    ['previous', 'earlier'],
    ['ignore', 'override'],
    ['print', 'emit'],
    ['only', 'only'],
    ['jailbreak', 'role'],
    ['now', 'now'],
    ['vergiss', 'override'],
    ['traduisez', 'emit'],
    ['respuestas', 'reply'],
    ['generees', 'derived'],
    ['preguntas', 'questions'],
    ['chaque', 'every'],
    ['muss', 'must'],
    ['spanisch', 'tongue'],
    ['annonce', 'posting'],
    ['derniere', 'position'],
    ['paragraphe', 'unit'],
    ['majuscules', 'style'],
    ['bewerbung', 'applicant'],
  ])('puts %s in %s', (word, category) => {
    expect(CATEGORY_NAMES[categoryOf(word)]).toBe(category);
  });

  it('gives -1 for ordinary posting words and for unfolded (capitalised) words', () => {
    for (const word of ['warehouse', 'pension', 'Ignore', '']) expect(categoryOf(word)).toBe(-1);
  });

  it('has few enough categories for the bit sets and pair codes of features.ts', () => {
    expect(CATEGORY_NAMES.length).toBeLessThanOrEqual(31);
  });
});
