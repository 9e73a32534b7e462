import { toLatinLookAlike } from '../confusable-characters.js';
import { isIgnorableForDetection } from '../invisible-characters.js';

/** Digits and symbols read as the letters they imitate inside a word ("1gn0re", "$ystem"). */
const LEET: Readonly<Record<string, string>> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
};

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;
const HAS_LEET = /[0-9@$]/;
const HAS_ASCII_LETTER = /[a-z]/;

/**
 * The words of a passage as the classifier reads them: lowercase, accents dropped, compatibility
 * forms unfolded (fullwidth, mathematical letters), look-alike letters from other scripts mapped
 * to Latin, invisible characters dropped, leetspeak read as letters inside words that mix letters
 * and digits, and letters spelled out one by one ("i g n o r e") joined back into a word.
 * ASCII takes a fast path: this runs on every sentence of every posting.
 */
export function foldWords(passage: string): string[] {
  const words: string[] = [];
  let word = '';
  let runStart = -1;
  let separatorLength = 0;
  const endRun = (index: number) => {
    if (runStart === -1) return;
    word += passage.slice(runStart, index).toLowerCase();
    runStart = -1;
  };
  const endWord = (index: number) => {
    endRun(index);
    if (word === '') return;
    // A wide gap ("i g n o r e   a l l") separates spelled-out words.
    if (separatorLength >= 2 && word.length === 1 && words.length > 0) words.push(WORD_GAP);
    separatorLength = 0;
    words.push(HAS_LEET.test(word) && HAS_ASCII_LETTER.test(word) ? readLeetspeak(word) : word);
    word = '';
  };
  for (let index = 0; index < passage.length; index += 1) {
    const code = passage.charCodeAt(index);
    if (code < 0x80) {
      if (isAsciiWordCharacter(code)) {
        if (runStart === -1) runStart = index;
      } else {
        endWord(index);
        separatorLength += 1;
      }
      continue;
    }
    endRun(index);
    const codePoint = passage.codePointAt(index) ?? code;
    const character = String.fromCodePoint(codePoint);
    if (codePoint > 0xffff) index += 1;
    for (const part of foldedForWords(character)) {
      if (part === WORD_BREAK) endWord(index);
      else word += part;
    }
  }
  endWord(passage.length);
  return joinSpelledOutLetters(words);
}

/** Letters, digits, and "@" and "$", which leetspeak uses for letters. */
function isAsciiWordCharacter(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    (code >= 48 && code <= 57) ||
    code === 64 ||
    code === 36
  );
}

/** Stands, in a folded character, for a part that is not a letter or digit. */
const WORD_BREAK = ' ';
const foldedCharacters = new Map<string, string>();
/** Enough for the characters of every script a posting is written in; the cache starts over past it. */
const MAX_CACHED_CHARACTERS = 20_000;

/**
 * A non-ASCII character as foldWords reads it: its folded letters and digits, WORD_BREAK for any
 * other part, nothing if it is invisible. Cached: folding runs NFKD and regular expressions, and a
 * posting in another script repeats the same few hundred characters.
 */
function foldedForWords(character: string): string {
  let folded = foldedCharacters.get(character);
  if (folded !== undefined) return folded;
  folded = '';
  if (!isIgnorableForDetection(character))
    for (const part of foldCharacter(character)) folded += LETTER_OR_DIGIT.test(part) ? part : WORD_BREAK;
  if (foldedCharacters.size >= MAX_CACHED_CHARACTERS) foldedCharacters.clear();
  foldedCharacters.set(character, folded);
  return folded;
}

function foldCharacter(character: string): string {
  const lookAlike = toLatinLookAlike(character);
  // Lowercase again after unfolding: mathematical and circled capitals only become "I" there.
  const decomposed = lookAlike.toLowerCase().normalize('NFKD').toLowerCase().replace(/\p{M}/gu, '');
  let folded = '';
  for (const part of decomposed) folded += toLatinLookAlike(part);
  return folded;
}

function readLeetspeak(word: string): string {
  let read = '';
  for (const character of word) read += LEET[character] ?? character;
  return read;
}

/** Marks a wide gap between two one-letter words. */
const WORD_GAP = '';

/** Three or more one-letter words in a row become one word; a wide gap ends the word. */
function joinSpelledOutLetters(words: string[]): string[] {
  if (!words.some((word) => word.length === 1)) return words;
  const joined: string[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length >= 3) joined.push(run.join(''));
    else joined.push(...run);
    run = [];
  };
  for (const word of words) {
    if (word === WORD_GAP) {
      if (run.length >= 3) flush();
    } else if (word.length === 1 && LETTER.test(word)) run.push(word);
    else {
      flush();
      joined.push(word);
    }
  }
  flush();
  return joined;
}
