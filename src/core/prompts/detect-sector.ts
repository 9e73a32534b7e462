import { SECTOR_SIGNALS, type Sector } from './sector-signals.js';

const STRONG_POINTS = 3;
const WEAK_POINTS = 1;
/** The job title (the first line) says most about the job, so its words count this many times. */
const TITLE_FACTOR = 2;
/** Below this score no sector is clear enough, and the neutral one is used. */
const MIN_SCORE = 6;

const wholeWord = (source: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, 'iu');

/**
 * Lower case with the letters whose lower case differs from their case folding (which the `iu`
 * regexes use) folded too, so that a term's literal is found wherever its regex can match.
 */
const foldCase = (text: string) => text.toLowerCase().replace(/ς/g, 'σ').replace(/ſ/g, 's');

const REGEX_SYNTAX = /[\\^$.|?*+()[\]{}]/;

/**
 * Text that every match of a term's regex contains (its leading literal), or null when there is
 * none worth checking. Running ~200 regexes over each posting was ~0.35 ms of every request; a
 * substring check first skips the terms a posting cannot contain.
 */
export function requiredLiteral(source: string): string | null {
  if (topLevelAlternation(source)) return null;
  const syntaxAt = source.search(REGEX_SYNTAX);
  let literal = syntaxAt === -1 ? source : source.slice(0, syntaxAt);
  // `s?`, `e*`, `x{2}`: the letter before a quantifier may be absent or repeated.
  if (syntaxAt !== -1 && '?*{'.includes(source[syntaxAt]!)) literal = literal.slice(0, -1);
  return literal.length >= 3 ? foldCase(literal) : null;
}

function topLevelAlternation(source: string): boolean {
  let depth = 0;
  let inClass = false; // inside [...], where ( ) | are plain characters
  for (let index = 0; index < source.length; index++) {
    const char = source[index];
    if (char === '\\') index += 1;
    else if (inClass) inClass = char !== ']';
    else if (char === '[') inClass = true;
    else if (char === '(') depth += 1;
    else if (char === ')') depth -= 1;
    else if (char === '|' && depth === 0) return true;
  }
  return false;
}

/**
 * A signal word: its points, the literal every match starts with, and its regexes, built on first
 * use (constructing some 400 Unicode regexes took about 100 ms of every start; most are never
 * needed, their literal being absent from the posting).
 */
class Term {
  readonly literal: string | null;
  #regex: RegExp | null = null;
  #atPosition: RegExp | null = null;

  constructor(
    readonly source: string,
    readonly points: number,
  ) {
    this.literal = requiredLiteral(source);
  }

  /** Matches the term anywhere in a text. */
  get regex(): RegExp {
    return (this.#regex ??= wholeWord(this.source));
  }

  /** The same regex tried at one position only (set lastIndex), for the places its literal occurs. */
  get atPosition(): RegExp {
    return (this.#atPosition ??= new RegExp(this.regex.source, 'iuy'));
  }
}

const COMPILED = Object.entries(SECTOR_SIGNALS).map(([sector, signals]) => ({
  sector: sector as Sector,
  terms: [
    ...signals.strong.map((source) => new Term(source, STRONG_POINTS)),
    ...signals.weak.map((source) => new Term(source, WEAK_POINTS)),
  ],
}));

/**
 * Where the posting's text and its case-folded copy line up character for character (the usual
 * case), a term's regex is tried only where its literal occurs in the folded copy: every match
 * starts with it. Scanning the whole posting with each regex (a Unicode lookbehind tried at every
 * position) took milliseconds per request in the server's profile under load; a few anchored
 * tries do not.
 */
type Posting = { text: string; title: string; titleStart: number; folded: string; aligned: boolean };

function readPosting(jobDescription: string): Posting {
  const text = jobDescription.normalize('NFC');
  const trimmed = text.trim();
  const title = trimmed.split('\n', 1)[0] ?? '';
  const folded = foldCase(text);
  return { text, title, titleStart: text.indexOf(trimmed), folded, aligned: folded.length === text.length };
}

/** The points a term gives the posting: doubled in the title, once in the body, 0 when absent. */
function pointsOf(term: Term, posting: Posting): number {
  const { literal } = term;
  if (literal !== null && !posting.folded.includes(literal)) return 0;
  if (literal === null || !posting.aligned) {
    if (term.regex.test(posting.title)) return term.points * TITLE_FACTOR;
    return term.regex.test(posting.text) ? term.points : 0;
  }
  const titleEnd = posting.titleStart + posting.title.length;
  let inBody = false;
  for (let at = posting.folded.indexOf(literal); at !== -1; at = posting.folded.indexOf(literal, at + 1)) {
    if (at >= posting.titleStart && at < titleEnd && matchesAt(term, posting.title, at - posting.titleStart)) {
      return term.points * TITLE_FACTOR;
    }
    inBody ||= matchesAt(term, posting.text, at);
    if (inBody && at >= titleEnd) break;
  }
  return inBody ? term.points : 0;
}

function matchesAt(term: Term, text: string, position: number): boolean {
  term.atPosition.lastIndex = position;
  return term.atPosition.test(text);
}

/** Each sector's score for a posting: the points of every distinct signal word it contains. */
export function scoreSectors(jobDescription: string): Record<Exclude<Sector, 'general'>, number> {
  const posting = readPosting(jobDescription);
  const scores = {} as Record<Exclude<Sector, 'general'>, number>;
  for (const { sector, terms } of COMPILED) {
    let score = 0;
    for (const term of terms) score += pointsOf(term, posting);
    scores[sector as Exclude<Sector, 'general'>] = score;
  }
  return scores;
}

/**
 * The sector a posting belongs to, from its own words (no model call): the sector whose signal
 * words score highest, or `general` when none scores enough. Used before the call to pick the
 * few-shot example and the sector hint, never to change the system message.
 */
export function detectSector(jobDescription: string): Sector {
  let best: Sector = 'general';
  let bestScore = MIN_SCORE - 1;
  for (const [sector, score] of Object.entries(scoreSectors(jobDescription))) {
    if (score > bestScore) {
      best = sector as Sector;
      bestScore = score;
    }
  }
  return best;
}
