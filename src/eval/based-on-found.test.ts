import { describe, expect, it } from 'vitest';
import { countFoundInPosting, isFoundInPosting, normaliseForQuote } from './based-on-found.js';

const POSTING = `Registered Nurse – ICU
You will deliver  high-quality
care to critically ill patients and
work with the multidisciplinary team. We value “compassion in practice”.`;

describe('normaliseForQuote', () => {
  it('folds case, whitespace, curly quotes and dashes', () => {
    expect(normaliseForQuote('  Nurse –\n ICU’s  “Team” ')).toBe(`nurse - icu's "team"`);
  });
});

describe('isFoundInPosting', () => {
  it('finds a phrase copied across a line break, in another case', () => {
    expect(isFoundInPosting('High-quality care to critically ill patients', POSTING)).toBe(true);
  });

  it('ignores quotes, an ellipsis or a full stop around the phrase, and straight vs curly quotes', () => {
    expect(isFoundInPosting('"work with the multidisciplinary team."', POSTING)).toBe(true);
    expect(isFoundInPosting('…multidisciplinary team…', POSTING)).toBe(true);
    expect(isFoundInPosting('value "compassion in practice"', POSTING)).toBe(true);
    expect(isFoundInPosting('Registered Nurse - ICU', POSTING)).toBe(true);
  });

  it('does not find a paraphrase or an empty phrase', () => {
    expect(isFoundInPosting('caring for critically ill patients', POSTING)).toBe(false);
    expect(isFoundInPosting('', POSTING)).toBe(false);
    expect(isFoundInPosting(' "…" ', POSTING)).toBe(false);
  });
});

describe('countFoundInPosting', () => {
  it('counts the phrases found', () => {
    expect(countFoundInPosting(['ICU', 'paediatrics', 'multidisciplinary team'], POSTING)).toBe(2);
  });
});
