import { describe, expect, it } from 'vitest';
import { findSoftwareWords, softwareWordsIn } from './software-words.js';

describe('softwareWordsIn', () => {
  it('finds the words as whole words, in their plural forms, in any case', () => {
    expect(softwareWordsIn('Our engineers pay down Technical Debt in the codebase')).toEqual([
      'engineer',
      'codebase',
      'technical debt',
    ]);
    expect(softwareWordsIn('A systems design interview, then live coding')).toEqual(['coding', 'system design']);
    expect(softwareWordsIn('code bases and an engineer')).toEqual(['engineer', 'codebase']);
  });

  it('does not match inside other words', () => {
    expect(softwareWordsIn('Decoding the rota; engineering; re-engineered')).toEqual([]);
  });
});

describe('findSoftwareWords', () => {
  const posting = 'Head chef for a busy restaurant kitchen. Work with our maintenance engineer on equipment.';

  it('counts the questions that use a software word the posting does not', () => {
    expect(
      findSoftwareWords(
        [
          'How would you reduce technical debt in the kitchen?',
          'Tell me about the engineer who fixed the oven.',
          'How do you plan a menu?',
          'Walk me through a coding exercise and your system design.',
        ],
        posting,
        'hospitality',
      ),
    ).toEqual({ questions: 2, words: ['coding', 'system design', 'technical debt'] });
  });

  it('finds none in a clean set', () => {
    expect(findSoftwareWords(['How do you plan a menu?'], posting, 'hospitality')).toEqual({ questions: 0, words: [] });
  });

  it('does not apply to software postings', () => {
    expect(findSoftwareWords(['Walk me through the codebase'], 'Backend engineer', 'software')).toBeNull();
  });
});
