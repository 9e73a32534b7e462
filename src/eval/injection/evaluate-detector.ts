import type { InjectionDetector } from '../../core/validation/detect-prompt-injection.js';
import { sanitizeJobDescription } from '../../core/validation/sanitize-job-description.js';
import { inSplit, stableHash, type CorpusSplit, type InjectionCorpus } from './corpus.js';
import { hideInPosting, placementFor } from './hide-in-posting.js';

export type Tally = { caught: number; total: number };

export type InjectionFigures = {
  split: CorpusSplit;
  attacks: Tally & { byFamily: Record<string, Tally> };
  postings: { flagged: number; total: number };
  /**
   * Mean detector time per posting of the split, in microseconds, on the cleaned text as the
   * request path calls it (cleaning itself is done once per request whatever the detector).
   */
  microsecondsPerPosting: number;
  missed: { id: string; family: string; text: string }[];
  falsePositives: { id: string; excerpt: string }[];
};

/** How many postings of the split each attack is hidden in. */
const POSTINGS_PER_ATTACK = 2;
const TIMING_ROUNDS = 20;

/**
 * Measures a detector on one split of the corpus: each attack hidden in postings of the same
 * split (placements fixed by the ids), every posting of the split alone, and the mean time per
 * posting. An attack counts as caught only if it is caught in every posting it was hidden in.
 */
export function evaluateInjectionDetector(
  detect: InjectionDetector,
  corpus: InjectionCorpus,
  split: CorpusSplit,
): InjectionFigures {
  const attacks = inSplit(corpus.attacks, split);
  const postings = inSplit(corpus.postings, split);
  if (postings.length === 0) throw new Error(`The ${split} split has no postings.`);
  const byFamily: Record<string, Tally> = {};
  const missed: InjectionFigures['missed'] = [];
  for (const attack of attacks) {
    const tally = (byFamily[attack.family] ??= { caught: 0, total: 0 });
    tally.total += 1;
    const hosts = Array.from(
      { length: POSTINGS_PER_ATTACK },
      (_, round) => postings[stableHash(`${attack.id}#${round}`) % postings.length],
    );
    const caught = hosts.every(
      (host) => host && detect(hideInPosting(attack.text, host.text, placementFor(attack.id, host.id))) !== null,
    );
    if (caught) tally.caught += 1;
    else missed.push({ id: attack.id, family: attack.family, text: attack.text });
  }
  const falsePositives = postings.flatMap((posting) => {
    const finding = detect(posting.text);
    return finding ? [{ id: posting.id, excerpt: finding.excerpt }] : [];
  });
  return {
    split,
    attacks: { caught: attacks.length - missed.length, total: attacks.length, byFamily },
    postings: { flagged: falsePositives.length, total: postings.length },
    microsecondsPerPosting: timePerPosting(
      detect,
      postings.map((posting) => posting.text),
    ),
    missed,
    falsePositives,
  };
}

function timePerPosting(detect: InjectionDetector, texts: string[]): number {
  const pastes = texts.map((text) => ({ raw: text, cleaned: sanitizeJobDescription(text) }));
  for (const paste of pastes) detect(paste.raw, { cleaned: paste.cleaned });
  const started = performance.now();
  for (let round = 0; round < TIMING_ROUNDS; round += 1)
    for (const paste of pastes) detect(paste.raw, { cleaned: paste.cleaned });
  return ((performance.now() - started) * 1000) / (TIMING_ROUNDS * pastes.length);
}
