import { toLatinLookAlike } from './confusable-characters.js';
import { isIgnorableForDetection } from './invisible-characters.js';

/** A normalised copy of a text, each character remembering where it came from. */
export type DetectionView = {
  text: string;
  /** Index in the source text of the character each `text` character came from. */
  sourceStarts: number[];
  /** End (exclusive) in the source text of that character. */
  sourceEnds: number[];
};

export type DetectionViewOptions = {
  /**
   * Read digits and symbols as the letters they imitate ("pr3v10u5", "$ystem"). "1" stays as it
   * is: it imitates both "i" and "l", so the patterns accept it for either.
   */
  leet?: boolean;
  /** Drop everything but letters a-z and "1" ("i g n o r e", "ig-nore" → "ignore"). */
  lettersOnly?: boolean;
};

const LEET: Readonly<Record<string, string>> = {
  '0': 'o',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
};

/**
 * Builds the copy the injection patterns are matched against: invisible and control characters
 * dropped, compatibility forms unfolded (NFKD: fullwidth and mathematical letters become plain),
 * accents dropped, look-alike letters from other scripts mapped to Latin, lowercased, and
 * optionally leetspeak read as letters. NFKD is used rather than NFKC so that the accents can be
 * dropped; for matching Latin phrases the two are equivalent.
 */
export function normalizeForDetection(source: string, options: DetectionViewOptions = {}): DetectionView {
  const characters: string[] = [];
  const sourceStarts: number[] = [];
  const sourceEnds: number[] = [];
  let index = 0;
  for (const codePoint of source) {
    const start = index;
    index += codePoint.length;
    if (isIgnorableForDetection(codePoint)) continue;
    for (const character of foldCharacter(codePoint, options)) {
      characters.push(character);
      sourceStarts.push(start);
      sourceEnds.push(index);
    }
  }
  return { text: characters.join(''), sourceStarts, sourceEnds };
}

function foldCharacter(codePoint: string, options: DetectionViewOptions): string[] {
  const folded: string[] = [];
  const lookAlike = toLatinLookAlike(codePoint);
  // Lowercase again after unfolding: mathematical and circled capitals only become "I" there.
  const decomposed = lookAlike.toLowerCase().normalize('NFKD').toLowerCase().replace(/\p{M}/gu, '');
  for (const part of decomposed) {
    let character = toLatinLookAlike(part);
    if (options.leet === true) character = LEET[character] ?? character;
    if (options.lettersOnly === true && !/^[a-z1]$/.test(character)) continue;
    folded.push(character);
  }
  return folded;
}

/** The part of the source a match in the view came from. */
export function sourceSpan(view: DetectionView, matchStart: number, matchEnd: number): { start: number; end: number } {
  const last = Math.max(matchStart, matchEnd - 1);
  return { start: view.sourceStarts[matchStart] ?? 0, end: view.sourceEnds[last] ?? 0 };
}
