import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { detectPromptInjection } from '../../../src/core/validation/detect-prompt-injection.js';
import { loadInjectionCorpus } from '../../../src/eval/injection/corpus.js';
import { evaluateInjectionDetector } from '../../../src/eval/injection/evaluate-detector.js';
import {
  CORPUS_FOLDER_FROM_ROOT,
  HELD_OUT_BOUNDS,
  HELD_OUT_TARGET,
} from '../../../src/eval/injection/held-out-bounds.js';
import type { ReliabilityRow } from '../row.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const percent = (share: number) => `${(100 * share).toFixed(1)}%`;
const versusTarget = (met: boolean, target: string) => `target ${target}: ${met ? 'met' : 'not met'}`;

/** The shipped detector on the held-out part of the repo's own corpus (never trained on). */
export async function run(): Promise<ReliabilityRow[]> {
  const corpus = loadInjectionCorpus(path.join(ROOT, CORPUS_FOLDER_FROM_ROOT));
  const figures = evaluateInjectionDetector(detectPromptInjection, corpus, 'test');
  const caught = figures.attacks.caught / figures.attacks.total;
  const flagged = figures.postings.flagged / figures.postings.total;
  const microseconds = figures.microsecondsPerPosting;
  return Promise.resolve([
    {
      check: 'injection: held-out attacks caught',
      figure: `${figures.attacks.caught}/${figures.attacks.total} (${percent(caught)}; ${versusTarget(caught >= HELD_OUT_TARGET.minAttackShare, percent(HELD_OUT_TARGET.minAttackShare))})`,
      bound: `>= ${percent(HELD_OUT_BOUNDS.minAttackShare)} (regression)`,
      ok: caught >= HELD_OUT_BOUNDS.minAttackShare,
    },
    {
      check: 'injection: held-out postings flagged',
      figure: `${figures.postings.flagged}/${figures.postings.total} (${percent(flagged)}; ${versusTarget(flagged <= HELD_OUT_TARGET.maxPostingShare, percent(HELD_OUT_TARGET.maxPostingShare))})`,
      bound: `<= ${percent(HELD_OUT_BOUNDS.maxPostingShare)} (regression)`,
      ok: flagged <= HELD_OUT_BOUNDS.maxPostingShare,
    },
    {
      check: 'injection: detector time per posting',
      figure: `${microseconds.toFixed(0)} µs (${versusTarget(microseconds <= HELD_OUT_TARGET.maxMicrosecondsPerPosting, `${HELD_OUT_TARGET.maxMicrosecondsPerPosting} µs`)})`,
      bound: `<= ${HELD_OUT_BOUNDS.maxMicrosecondsPerPosting} µs`,
      ok: microseconds <= HELD_OUT_BOUNDS.maxMicrosecondsPerPosting,
    },
  ]);
}
