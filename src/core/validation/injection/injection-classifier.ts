import { FEATURE_BITS, forEachFeature, type PostingVocabulary } from './features.js';
import { foldWords } from './fold-text.js';
import { matchesOrderRule } from './order-rules.js';
import { splitIntoSentences, type TextSpan } from './passages.js';

/** The trained weights as shipped: see scripts/train-injection-detector.ts. */
export type InjectionModelData = {
  featureBits: number;
  bias: number;
  /** A passage whose score (log-odds) reaches this is an injection. */
  threshold: number;
  /** Multiplier from the stored int8 weights back to log-odds. */
  scale: number;
  /** Base64 of (varint gap to the previous bucket, int8 weight) pairs, buckets ascending. */
  weights: string;
  /** Base64 of the posting vocabulary bit set (see PostingVocabulary). */
  vocabulary: string;
};

export type InjectionModel = {
  weights: Float32Array;
  bias: number;
  threshold: number;
  vocabulary: PostingVocabulary;
};

/**
 * Consecutive sentences scored together: an attack is often two sentences long. Runs of three
 * measured worse: three ordinary posting sentences add up to a score only an attack should reach.
 */
export const MAX_WINDOW_SENTENCES = 2;
/**
 * A feature counts at most this often in a sentence: "xxxxxxxx..." or a word said forty times
 * must not outweigh a sentence's meaning (word kinds are counted three times on purpose).
 */
export const MAX_COUNT_PER_SENTENCE = 3;
/** The score a sentence a rule recognises is ranked with. */
const KNOWN_ORDER_MARGIN = 1;

export function decodeModel(data: InjectionModelData): InjectionModel {
  if (data.featureBits !== FEATURE_BITS) throw new Error('The injection model was trained with other features.');
  const bytes = decodeBase64(data.weights);
  const weights = new Float32Array(1 << FEATURE_BITS);
  let bucket = -1;
  let index = 0;
  while (index < bytes.length) {
    let gap = 0;
    let shift = 0;
    for (;;) {
      const byte = bytes[index++] ?? 0;
      gap += (byte & 0x7f) * 2 ** shift;
      shift += 7;
      if (byte < 0x80) break;
    }
    bucket += gap;
    const stored = bytes[index++] ?? 0;
    weights[bucket] = (stored > 127 ? stored - 256 : stored) * data.scale;
  }
  return { weights, bias: data.bias, threshold: data.threshold, vocabulary: decodeBase64(data.vocabulary) };
}

function decodeBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/**
 * A sentence's contribution: the sum of its feature weights and how many features it has, and
 * whether it holds one of the well-known orders (order-rules.ts).
 */
type SentenceScore = { span: TextSpan; weightSum: number; featureCount: number; knownOrder: boolean };

export type ScoredPassage = TextSpan & { score: number };

/**
 * Scores every sentence of a text, and every pair of consecutive sentences, with the
 * linear model (log-odds: bias + the sum of feature weights over the square root of the feature
 * count), and returns the passages that reach the threshold, overlapping ones merged, with the
 * highest score of each.
 */
export function findInjectedPassages(model: InjectionModel, text: string): ScoredPassage[] {
  const sentences = splitIntoSentences(text).map((span) => scoreSentence(model, text, span));
  const flagged: ScoredPassage[] = [];
  for (let first = 0; first < sentences.length; first += 1) {
    const sentence = sentences[first] as SentenceScore;
    if (sentence.knownOrder) flagged.push({ ...sentence.span, score: model.threshold + KNOWN_ORDER_MARGIN });
    let weightSum = 0;
    let featureCount = 0;
    for (let last = first; last < Math.min(sentences.length, first + MAX_WINDOW_SENTENCES); last += 1) {
      const sentence = sentences[last] as SentenceScore;
      weightSum += sentence.weightSum;
      featureCount += sentence.featureCount;
      const score = passageScore(model, weightSum, featureCount);
      if (score >= model.threshold) flagged.push(flaggedPassage(model, sentences, first, last, score));
    }
  }
  return mergeOverlapping(flagged);
}

/** The score of one passage of text taken whole (no sentence windows). */
export function scorePassage(model: InjectionModel, passage: string): number {
  const sentence = scoreSentence(model, passage, { start: 0, end: passage.length });
  return passageScore(model, sentence.weightSum, sentence.featureCount);
}

/** Which sentence last counted each bucket, and how often: reused, so scoring allocates nothing per sentence. */
const countedIn = new Uint32Array(1 << FEATURE_BITS);
const timesCounted = new Uint8Array(1 << FEATURE_BITS);
let sentenceStamp = 0;

function scoreSentence(model: InjectionModel, text: string, span: TextSpan): SentenceScore {
  let weightSum = 0;
  let featureCount = 0;
  sentenceStamp = sentenceStamp === 0xffffffff ? 1 : sentenceStamp + 1;
  const stamp = sentenceStamp;
  const words = foldWords(text.slice(span.start, span.end));
  forEachFeature(
    words,
    (bucket) => {
      if (countedIn[bucket] !== stamp) {
        countedIn[bucket] = stamp;
        timesCounted[bucket] = 0;
      }
      if ((timesCounted[bucket] ?? 0) >= MAX_COUNT_PER_SENTENCE) return;
      timesCounted[bucket] = (timesCounted[bucket] ?? 0) + 1;
      weightSum += model.weights[bucket] ?? 0;
      featureCount += 1;
    },
    model.vocabulary,
  );
  return { span, weightSum, featureCount, knownOrder: matchesOrderRule(words) };
}

function passageScore(model: InjectionModel, weightSum: number, featureCount: number): number {
  return featureCount === 0 ? -Infinity : model.bias + weightSum / Math.sqrt(featureCount);
}

function flaggedPassage(
  model: InjectionModel,
  sentences: SentenceScore[],
  first: number,
  last: number,
  score: number,
): ScoredPassage {
  // Of a run of sentences, keep those that lean towards an injection: the posting's own sentence
  // next to an attack should not be removed with it.
  let from = first;
  let to = last;
  while (from < to && !leansTowardsInjection(model, sentences[from] as SentenceScore)) from += 1;
  while (to > from && !leansTowardsInjection(model, sentences[to] as SentenceScore)) to -= 1;
  return {
    start: (sentences[from] as SentenceScore).span.start,
    end: (sentences[to] as SentenceScore).span.end,
    score,
  };
}

/** Half-way to the threshold on its own, or a known order. */
function leansTowardsInjection(model: InjectionModel, sentence: SentenceScore): boolean {
  return sentence.knownOrder || passageScore(model, sentence.weightSum, sentence.featureCount) >= model.threshold / 2;
}

function mergeOverlapping(passages: ScoredPassage[]): ScoredPassage[] {
  const sorted = [...passages].sort((a, b) => a.start - b.start);
  const merged: ScoredPassage[] = [];
  for (const passage of sorted) {
    const previous = merged.at(-1);
    if (previous && passage.start <= previous.end) {
      previous.end = Math.max(previous.end, passage.end);
      previous.score = Math.max(previous.score, passage.score);
    } else merged.push({ ...passage });
  }
  return merged;
}
