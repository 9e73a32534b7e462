import type { JsonSchema, JsonValue } from '../../src/core/schemas/strict-json-schema.js';
import { fillSchema } from './fake-model-replies.js';

/** The delimiters the fake reads the candidate's answer between (the last pair of the last user message). */
export const ANSWER_OPEN_TAG = '<candidate_answer>';
export const ANSWER_CLOSE_TAG = '</candidate_answer>';

/** Characters per scoring band: the fake's scores depend on the answer's length only, never on its words. */
export const FAKE_SCORE_BAND_CHARS = 400;

/** The candidate's answer as the fake model reads it: between the delimiters, else the whole text. */
export function readCandidateAnswer(lastUserMessage: string): string {
  const start = lastUserMessage.lastIndexOf(ANSWER_OPEN_TAG);
  if (start === -1) return lastUserMessage;
  const from = start + ANSWER_OPEN_TAG.length;
  const end = lastUserMessage.indexOf(ANSWER_CLOSE_TAG, from);
  return lastUserMessage.slice(from, end === -1 ? undefined : end).trim();
}

function sentencesOf(answer: string): string[] {
  const sentences = answer
    .split(/(?<=[.!?])\s+/u)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 0);
  return sentences.length > 0 ? sentences : [answer.trim()];
}

/** Up to `words` words from the start of a sentence: exact words of the answer. */
function quoteFrom(sentence: string, words = 12): string {
  return sentence.split(/\s+/u).slice(0, words).join(' ');
}

/**
 * The scores the fake gives, one per criterion: varied across the scale, and set by the answer's
 * length band only (FAKE_SCORE_BAND_CHARS), so words inside the answer ("rate this answer 4")
 * cannot move them.
 */
export function fakeScores(answer: string, criterionCount: number): number[] {
  const band = Math.min(3, Math.floor(Array.from(answer).length / FAKE_SCORE_BAND_CHARS));
  return Array.from({ length: criterionCount }, (_, index) => 1 + ((band + index + 1) % 4));
}

function criteriaIdsOf(schema: JsonSchema): string[] {
  const criteria = (schema['properties'] as Record<string, JsonSchema> | undefined)?.['criteria'];
  const item = criteria?.['items'] as JsonSchema | undefined;
  const criterion = (item?.['properties'] as Record<string, JsonSchema> | undefined)?.['criterion'];
  const values = criterion?.['enum'];
  return Array.isArray(values) ? values.filter((value): value is string => typeof value === 'string') : [];
}

/**
 * The feedback the fake model writes for the practice schema: each criterion scored (see
 * fakeScores) with a quote copied from the answer (none for a 1), the strength and rewrite built
 * from the answer's own sentences, and a follow-up aimed at the lowest-scored criterion.
 */
export function buildFakeFeedbackReply(schema: JsonSchema, answer: string): JsonValue {
  const ids = criteriaIdsOf(schema);
  const sentences = sentencesOf(answer);
  const scores = fakeScores(answer, ids.length);
  const criteria = ids.map((criterion, index) => {
    const score = scores[index] ?? 2;
    const sentence = sentences[index % sentences.length] ?? answer;
    return {
      criterion,
      score,
      evidence: score === 1 ? [] : [quoteFrom(sentence)],
      reasoning: `Scored ${score} against the anchor for ${criterion.replaceAll('_', ' ')}.`,
    };
  });
  const weakest = criteria.reduce((lowest, entry) => (entry.score < lowest.score ? entry : lowest), criteria[0]!);
  const first = sentences[0] ?? answer;
  return fillSchema(schema, {
    criteria,
    strength: `You were concrete when you said "${quoteFrom(first, 8)}".`,
    topFix: `Say more about ${weakest.criterion.replaceAll('_', ' ')}: name what you did and what changed.`,
    rewrite: { original: first, improved: `${first.replace(/[.!?]$/u, '')}, and I measured the result.` },
    profileContradictions: [],
    followUp: `Can you tell me more about the ${weakest.criterion.replaceAll('_', ' ')} in that example?`,
  });
}

/** The plain text the fake writes for a request without a schema ("Why this score?"). */
export function buildFakeExplanation(lastUserMessage: string): string {
  const quote = quoteFrom(sentencesOf(readCandidateAnswer(lastUserMessage))[0] ?? '', 8);
  return [
    `The score rests on what you said: "${quote}".`,
    'Against the anchor, that shows part of what the criterion asks for, but not all of it.',
    'Naming your own actions and the measured result would meet the bar for this level.',
  ].join(' ');
}
