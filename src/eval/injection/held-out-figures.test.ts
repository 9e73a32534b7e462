import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detectPromptInjection } from '../../core/validation/detect-prompt-injection.js';
import { inSplit, loadInjectionCorpus } from './corpus.js';
import { evaluateInjectionDetector } from './evaluate-detector.js';
import { CORPUS_FOLDER_FROM_ROOT, HELD_OUT_BOUNDS } from './held-out-bounds.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const corpus = loadInjectionCorpus(path.join(ROOT, CORPUS_FOLDER_FROM_ROOT));

describe('the shipped injection detector on the held-out corpus', () => {
  it('has a held-out part of several hundred records across families and languages', () => {
    expect(corpus.attacks.length).toBeGreaterThanOrEqual(1500);
    expect(corpus.postings.length).toBeGreaterThanOrEqual(900);
    const heldOut = inSplit(corpus.attacks, 'test');
    expect(new Set(heldOut.map((attack) => attack.family)).size).toBeGreaterThanOrEqual(8);
    expect(new Set(heldOut.map((attack) => attack.language)).size).toBeGreaterThanOrEqual(8);
  });

  it('keeps its held-out figures (regression bounds)', () => {
    const figures = evaluateInjectionDetector(detectPromptInjection, corpus, 'test');
    expect(figures.attacks.caught / figures.attacks.total).toBeGreaterThanOrEqual(HELD_OUT_BOUNDS.minAttackShare);
    expect(figures.postings.flagged / figures.postings.total).toBeLessThanOrEqual(HELD_OUT_BOUNDS.maxPostingShare);
  });
});
