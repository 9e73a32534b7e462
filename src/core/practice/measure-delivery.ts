import type { Delivery } from '../schemas/practice.js';
import { MAX_LIST_ITEMS } from '../schemas/session-limits.js';
import { fillersFor, type Filler } from './filler-words.js';

export type DeliveryInput = {
  answer: string;
  /** Seconds the browser's timer measured; absent or 0: no rate. */
  durationSeconds?: number;
  spoken: boolean;
  /** The longest silence between recognised phrases; kept only for a spoken answer. */
  longestPauseSeconds?: number;
  /** The session's language, as the user typed it: chooses the filler list. */
  language: string;
};

// A word: letters, digits and marks, joined by an apostrophe or hyphen ("don't", "follow-up"),
// or a number with its decimal point ("2.5").
// Han, kana and Thai are written without spaces, so each of their characters counts as one word.
const UNSPACED_SCRIPT = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Thai}';
const SPACED_LETTER = `(?![${UNSPACED_SCRIPT}])[\\p{L}\\p{N}\\p{M}]`;
const WORD_JOINER = "(?:['’-]|(?<=\\p{N})[.,](?=\\p{N}))";
const WORD = new RegExp(`[${UNSPACED_SCRIPT}]|${SPACED_LETTER}+(?:${WORD_JOINER}${SPACED_LETTER}+)*`, 'gu');

/**
 * What the delivery of an answer measured, in code: words (Unicode-aware), words per minute when
 * a duration is known, filler words of the session's language (whole words, case-insensitive),
 * and the longest pause when the answer was spoken. Accent and grammar are never measured.
 */
export function measureDelivery(input: DeliveryInput): Delivery {
  const words = countWords(input.answer);
  const duration = input.durationSeconds ?? null;
  const fillers = countFillers(input.answer, fillersFor(input.language));
  return {
    words,
    durationSeconds: duration,
    wordsPerMinute: wordsPerMinute(words, duration),
    fillerCount: Math.min(
      words,
      fillers.reduce((sum, filler) => sum + filler.count, 0),
    ),
    fillers: fillers.slice(0, MAX_LIST_ITEMS),
    longestPauseSeconds: input.spoken ? (input.longestPauseSeconds ?? null) : null,
    spoken: input.spoken,
  };
}

/** Words per minute, rounded; null without a usable duration. */
function wordsPerMinute(words: number, durationSeconds: number | null): number | null {
  if (durationSeconds === null || !(durationSeconds > 0)) return null;
  const rate = Math.round(words / (durationSeconds / 60));
  return Number.isFinite(rate) ? rate : null;
}

/** Words in a text, as a reader counts them. */
export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

const compiled = new Map<Filler, RegExp>();

function fillerRegExp(filler: Filler): RegExp {
  let pattern = compiled.get(filler);
  if (pattern === undefined) {
    pattern = new RegExp(`(?<![\\p{L}\\p{N}\\p{M}])(?:${filler.pattern})(?![\\p{L}\\p{N}\\p{M}])`, 'giu');
    compiled.set(filler, pattern);
  }
  return pattern;
}

/** Each filler found, most frequent first (ties in list order). */
function countFillers(text: string, fillers: Filler[]): Delivery['fillers'] {
  return fillers
    .map((filler) => ({ filler: filler.label, count: text.match(fillerRegExp(filler))?.length ?? 0 }))
    .filter((entry) => entry.count > 0)
    .sort((first, second) => second.count - first.count);
}
