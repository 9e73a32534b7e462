import {
  FEATURE_BITS,
  forEachFeature,
  KIND_BUCKETS,
  VOCABULARY_BITS,
  wordHash,
  type PostingVocabulary,
} from '../../core/validation/injection/features.js';
import { foldWords } from '../../core/validation/injection/fold-text.js';
import {
  findInjectedPassages,
  MAX_COUNT_PER_SENTENCE,
  MAX_WINDOW_SENTENCES,
  type InjectionModel,
  type InjectionModelData,
} from '../../core/validation/injection/injection-classifier.js';
import { splitIntoSentences } from '../../core/validation/injection/passages.js';

/** One training unit: its distinct feature buckets and their values (count / sqrt(total count)). */
export type Example = { buckets: Uint32Array; values: Float32Array; label: 0 | 1; weight: number };

/** A unit the detector scores: a sentence or a run of up to MAX_WINDOW_SENTENCES, with its feature counts. */
export type Unit = { start: number; end: number; counts: Map<number, number> };

/** Every unit the detector scores in a (cleaned) text: each sentence and each run of consecutive ones. */
export function unitsOf(text: string, vocabulary?: PostingVocabulary): Unit[] {
  const spans = splitIntoSentences(text);
  const sentences = spans.map((span) => {
    const counts = new Map<number, number>();
    forEachFeature(
      foldWords(text.slice(span.start, span.end)),
      (bucket) => counts.set(bucket, Math.min(MAX_COUNT_PER_SENTENCE, (counts.get(bucket) ?? 0) + 1)),
      vocabulary,
    );
    return counts;
  });
  const units: Unit[] = [];
  for (let first = 0; first < sentences.length; first += 1) {
    const counts = new Map<number, number>();
    for (let last = first; last < Math.min(sentences.length, first + MAX_WINDOW_SENTENCES); last += 1) {
      for (const [bucket, count] of sentences[last] ?? []) counts.set(bucket, (counts.get(bucket) ?? 0) + count);
      units.push({ start: spans[first]?.start ?? 0, end: spans[last]?.end ?? 0, counts: new Map(counts) });
    }
  }
  return units;
}

export function toExample(counts: Map<number, number>, label: 0 | 1, weight = 1): Example {
  let total = 0;
  for (const count of counts.values()) total += count;
  const norm = Math.sqrt(Math.max(total, 1));
  const buckets = new Uint32Array(counts.size);
  const values = new Float32Array(counts.size);
  let index = 0;
  for (const [bucket, count] of counts) {
    buckets[index] = bucket;
    values[index] = count / norm;
    index += 1;
  }
  return { buckets, values, label, weight };
}

export type TrainingOptions = {
  epochs: number;
  learningRate: number;
  /** L2 penalty on word and character features. */
  l2: number;
  /** L2 penalty on the word-kind features (buckets below KIND_BUCKETS). */
  kindL2: number;
  seed: number;
};

/**
 * Logistic regression by AdaGrad over the examples, each class weighted to the same total so that
 * the few attack units count as much as the many posting units.
 */
export function trainLogisticRegression(examples: Example[], options: TrainingOptions): InjectionModel {
  const size = 1 << FEATURE_BITS;
  const weights = new Float32Array(size);
  const squaredGradients = new Float32Array(size).fill(1e-8);
  let bias = 0;
  let biasSquared = 1e-8;
  const positives = examples.filter((example) => example.label === 1).length;
  const classWeight = [examples.length / (2 * (examples.length - positives)), examples.length / (2 * positives)];
  const order = examples.map((_, index) => index);
  const random = seededRandom(options.seed);
  for (let epoch = 0; epoch < options.epochs; epoch += 1) {
    shuffle(order, random);
    for (const index of order) {
      const example = examples[index] as Example;
      let logit = bias;
      for (let k = 0; k < example.buckets.length; k += 1)
        logit += (weights[example.buckets[k] as number] as number) * (example.values[k] as number);
      const error = (sigmoid(logit) - example.label) * (classWeight[example.label] as number) * example.weight;
      for (let k = 0; k < example.buckets.length; k += 1) {
        const bucket = example.buckets[k] as number;
        const l2 = bucket < KIND_BUCKETS ? options.kindL2 : options.l2;
        const gradient = error * (example.values[k] as number) + l2 * (weights[bucket] as number);
        squaredGradients[bucket] = (squaredGradients[bucket] as number) + gradient * gradient;
        weights[bucket] =
          (weights[bucket] as number) -
          (options.learningRate * gradient) / Math.sqrt(squaredGradients[bucket] as number);
      }
      biasSquared += error * error;
      bias -= (options.learningRate * error) / Math.sqrt(biasSquared);
    }
  }
  return { weights, bias, threshold: 0, vocabulary: new Uint8Array(0) };
}

/**
 * Naive Bayes log-count ratios as linear weights (Wang and Manning's NB features): for each
 * bucket, log of its smoothed share among attack units over its share among posting units.
 */
export function naiveBayesWeights(examples: Example[], smoothing: number): InjectionModel {
  const size = 1 << FEATURE_BITS;
  const attack = new Float64Array(size).fill(smoothing);
  const posting = new Float64Array(size).fill(smoothing);
  for (const example of examples) {
    const counts = example.label === 1 ? attack : posting;
    for (const bucket of example.buckets) counts[bucket] = (counts[bucket] as number) + 1;
  }
  let attackTotal = 0;
  let postingTotal = 0;
  for (let bucket = 0; bucket < size; bucket += 1) {
    attackTotal += attack[bucket] as number;
    postingTotal += posting[bucket] as number;
  }
  const weights = new Float32Array(size);
  for (let bucket = 0; bucket < size; bucket += 1)
    weights[bucket] =
      Math.log((attack[bucket] as number) / attackTotal) - Math.log((posting[bucket] as number) / postingTotal);
  return { weights, bias: 0, threshold: 0, vocabulary: new Uint8Array(0) };
}

/** The bit set of the words of these (cleaned) texts. */
export function buildVocabulary(texts: readonly string[]): PostingVocabulary {
  const vocabulary = new Uint8Array((1 << VOCABULARY_BITS) / 8);
  for (const text of texts)
    for (const word of foldWords(text)) {
      const bit = wordHash(word) & ((1 << VOCABULARY_BITS) - 1);
      vocabulary[bit >>> 3] = (vocabulary[bit >>> 3] ?? 0) | (1 << (bit & 7));
    }
  return vocabulary;
}

/** The highest passage score in a text (log-odds), whatever the threshold. */
export function strongestScore(model: InjectionModel, text: string): number {
  const passages = findInjectedPassages({ ...model, threshold: -Infinity }, text);
  return passages.reduce((best, passage) => Math.max(best, passage.score), -Infinity);
}

/**
 * The model as shipped: int8 weights with one scale, buckets gap-encoded, weights smaller than
 * `smallest` steps left out (they change no decision but triple the size).
 */
export function encodeModel(model: InjectionModel, smallest = SMALLEST_SHIPPED_STEP): InjectionModelData {
  let largest = 0;
  for (const weight of model.weights) largest = Math.max(largest, Math.abs(weight));
  const scale = largest / 127 || 1;
  const bytes: number[] = [];
  let previous = -1;
  model.weights.forEach((weight, bucket) => {
    const stored = Math.round(weight / scale);
    if (Math.abs(stored) < smallest) return;
    let gap = bucket - previous;
    previous = bucket;
    while (gap >= 0x80) {
      bytes.push((gap & 0x7f) | 0x80);
      gap = Math.floor(gap / 0x80);
    }
    bytes.push(gap);
    bytes.push(stored & 0xff);
  });
  return {
    featureBits: FEATURE_BITS,
    bias: round(model.bias),
    threshold: round(model.threshold),
    scale,
    weights: Buffer.from(bytes).toString('base64'),
    vocabulary: Buffer.from(model.vocabulary).toString('base64'),
  };
}

const SMALLEST_SHIPPED_STEP = 2;
const round = (value: number) => Math.round(value * 10_000) / 10_000;
const sigmoid = (logit: number) => 1 / (1 + Math.exp(-logit));

function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function shuffle(items: number[], random: () => number): void {
  for (let index = items.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1));
    [items[index], items[other]] = [items[other] as number, items[index] as number];
  }
}
