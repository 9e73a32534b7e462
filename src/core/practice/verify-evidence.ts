import type { CriterionFeedback } from '../schemas/practice.js';

export const NO_QUOTED_EVIDENCE_PREFIX = 'No quoted evidence: ';

/**
 * Keeps only the quotes that really are in the answer (compared without regard to case, runs of
 * whitespace or the style of quotation marks and apostrophes), as the model wrote them. A criterion
 * scored 2-4 left with no quote becomes "no evidence" (score null), its reasoning marked; a 1 or a
 * null needs no quote and stays as it is.
 */
export function verifyEvidence(criteria: CriterionFeedback[], answer: string): CriterionFeedback[] {
  const haystack = normaliseForMatching(answer);
  return criteria.map((criterion) => {
    const evidence = criterion.evidence.filter((quote) => isQuoteIn(quote, haystack));
    if (evidence.length > 0 || criterion.score === null || criterion.score === 1) return { ...criterion, evidence };
    return {
      ...criterion,
      score: null,
      evidence,
      reasoning: criterion.reasoning.startsWith(NO_QUOTED_EVIDENCE_PREFIX)
        ? criterion.reasoning
        : `${NO_QUOTED_EVIDENCE_PREFIX}${criterion.reasoning}`,
    };
  });
}

function isQuoteIn(quote: string, normalisedAnswer: string): boolean {
  const needle = normaliseForMatching(stripSurroundingQuotes(quote));
  return needle.length > 0 && normalisedAnswer.includes(needle);
}

/** Models often wrap a quote in quotation marks or end it with an ellipsis: neither is the candidate's. */
function stripSurroundingQuotes(quote: string): string {
  return quote
    .trim()
    .replace(/^["'“”‘’«»„]+|["'“”‘’«»„]+$/gu, '')
    .replace(/^(?:\.\.\.|…)\s*|\s*(?:\.\.\.|…)$/gu, '');
}

function normaliseForMatching(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[‘’‚‛′`´]/gu, "'")
    .replace(/[“”„‟″«»]/gu, '"')
    .replace(/\s+/gu, ' ')
    .trim()
    .toLocaleLowerCase('en-US');
}
