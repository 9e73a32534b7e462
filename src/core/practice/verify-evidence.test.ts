import { describe, expect, it } from 'vitest';
import type { CriterionFeedback } from '../schemas/practice.js';
import { NO_QUOTED_EVIDENCE_PREFIX, verifyEvidence } from './verify-evidence.js';

const answer = "On a night shift I didn't wait:\n I repeated the   observations myself and called the “registrar”.";

function criterion(score: CriterionFeedback['score'], evidence: string[]): CriterionFeedback {
  return { criterion: 'personal_actions', score, evidence, reasoning: 'Own actions are clear.' };
}

describe('verifyEvidence', () => {
  it('keeps quotes found in the answer, as the model wrote them, regardless of case, spacing and quote style', () => {
    const quotes = [
      "i didn't wait",
      'I repeated the observations myself',
      'called the "registrar"',
      '"On a night shift"',
      'I didn’t wait…',
    ];
    const [checked] = verifyEvidence([criterion(3, quotes)], answer);
    expect(checked?.evidence).toEqual(quotes);
    expect(checked?.score).toBe(3);
  });

  it('drops quotes that are not in the answer', () => {
    const [checked] = verifyEvidence([criterion(4, ['I called the registrar', 'I repeated the observations'])], answer);
    expect(checked?.evidence).toEqual(['I repeated the observations']);
    expect(checked?.score).toBe(4);
  });

  it('turns a 2-4 left without quotes into "no evidence", marking the reasoning once', () => {
    const [checked] = verifyEvidence([criterion(3, ['I took charge of the ward'])], answer);
    expect(checked).toEqual({
      criterion: 'personal_actions',
      score: null,
      evidence: [],
      reasoning: `${NO_QUOTED_EVIDENCE_PREFIX}Own actions are clear.`,
    });
    expect(verifyEvidence([checked!], answer)).toEqual([checked]);
  });

  it('leaves a 1 and a null as they are, without quotes', () => {
    expect(verifyEvidence([criterion(1, ['not in it'])], answer)[0]).toEqual(criterion(1, []));
    expect(verifyEvidence([criterion(null, [])], answer)[0]).toEqual(criterion(null, []));
  });

  it('never accepts an empty or quote-marks-only quote', () => {
    const [checked] = verifyEvidence([criterion(2, ['', '  ', '""'])], answer);
    expect(checked?.score).toBeNull();
  });
});
