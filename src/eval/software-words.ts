import type { Sector } from '../core/schemas/generation-request.js';

/**
 * Words of software hiring that leak into sets for other professions, each with the forms it is
 * matched in (whole words, case-insensitive).
 */
export const SOFTWARE_WORDS = {
  coding: 'coding',
  'system design': 'systems? design',
  engineer: 'engineers?',
  codebase: 'code ?bases?',
  'technical debt': 'technical debt',
} as const;
export type SoftwareWord = keyof typeof SOFTWARE_WORDS;

const PATTERNS = Object.entries(SOFTWARE_WORDS).map(([word, source]) => ({
  word: word as SoftwareWord,
  regex: new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, 'iu'),
}));

/** The software words a text uses. */
export function softwareWordsIn(text: string): SoftwareWord[] {
  const normalised = text.normalize('NFKC').replace(/\s+/g, ' ');
  return PATTERNS.filter(({ regex }) => regex.test(normalised)).map(({ word }) => word);
}

export type SoftwareWordFinding = {
  /** How many questions use at least one software word the posting does not use. */
  questions: number;
  /** Those words, each once, in SOFTWARE_WORDS order. */
  words: SoftwareWord[];
};

/**
 * Software words in a set for a posting that is not a software job: per question (all of its
 * text), the words of SOFTWARE_WORDS that the posting itself does not use. Null for a software
 * posting, where they belong.
 */
export function findSoftwareWords(
  questionTexts: readonly string[],
  posting: string,
  sector: Sector,
): SoftwareWordFinding | null {
  if (sector === 'software') return null;
  const inPosting = new Set(softwareWordsIn(posting));
  const found = new Set<SoftwareWord>();
  let questions = 0;
  for (const text of questionTexts) {
    const leaked = softwareWordsIn(text).filter((word) => !inPosting.has(word));
    if (leaked.length > 0) questions += 1;
    for (const word of leaked) found.add(word);
  }
  return { questions, words: PATTERNS.map(({ word }) => word).filter((word) => found.has(word)) };
}
