import { SECTOR_SIGNALS, type Sector } from './sector-signals.js';

const STRONG_POINTS = 3;
const WEAK_POINTS = 1;
/** The job title (the first line) says most about the job, so its words count this many times. */
const TITLE_FACTOR = 2;
/** Below this score no sector is clear enough, and the neutral one is used. */
const MIN_SCORE = 6;

const wholeWord = (source: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, 'iu');

const COMPILED = Object.entries(SECTOR_SIGNALS).map(([sector, signals]) => ({
  sector: sector as Sector,
  terms: [
    ...signals.strong.map((source) => ({ regex: wholeWord(source), points: STRONG_POINTS })),
    ...signals.weak.map((source) => ({ regex: wholeWord(source), points: WEAK_POINTS })),
  ],
}));

/** Each sector's score for a posting: the points of every distinct signal word it contains. */
export function scoreSectors(jobDescription: string): Record<Exclude<Sector, 'general'>, number> {
  const text = jobDescription.normalize('NFC');
  const title = text.trim().split('\n', 1)[0] ?? '';
  const scores = {} as Record<Exclude<Sector, 'general'>, number>;
  for (const { sector, terms } of COMPILED) {
    let score = 0;
    for (const term of terms) {
      if (term.regex.test(title)) score += term.points * TITLE_FACTOR;
      else if (term.regex.test(text)) score += term.points;
    }
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
