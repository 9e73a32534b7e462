import { CATEGORY_NAMES, categoryOf } from './word-categories.js';

/*
 * The classifier's features, hashed into a fixed number of buckets: words, word pairs, the first
 * word of a passage, character n-grams (4 and 5) across word boundaries, which catch parts of
 * words, other languages and spellings the training set never showed whole, and the kinds of
 * words a passage has (word-categories.ts).
 */
export const FEATURE_BITS = 17;
/**
 * Word and character features land in buckets with bit 12 set; the few word-kind features in
 * buckets 0-4095, so that training can regularise the two groups differently.
 */
const BUCKET_MASK = (1 << FEATURE_BITS) - 1;
export const KIND_BUCKETS = 0x1000;
const KIND_MASK = KIND_BUCKETS - 1;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const SEED = {
  word: 0x9e3779b9,
  pair: 0x85ebca6b,
  first: 0xc2b2ae35,
  chars: 0x27d4eb2f,
  category: 0x165667b1,
  categoryPair: 0xd3a2646c,
  categoryNext: 0xfd7046c5,
  unfamiliar: 0x2f6b7a53,
  firstCategory: 0x6c8e9cf5,
} as const;
const MIN_GRAM = 4;
const MAX_GRAM = 5;

function hashText(seed: number, text: string): number {
  let hash = (FNV_OFFSET ^ seed) >>> 0;
  for (let index = 0; index < text.length; index += 1) hash = Math.imul(hash ^ text.charCodeAt(index), FNV_PRIME);
  return hash;
}

/**
 * Words seen in job postings, as a bit set over word hashes: a passage made of words no posting
 * uses (a recipe, a poem, trivia) is out of place whatever its wording.
 */
export type PostingVocabulary = Uint8Array;
export const VOCABULARY_BITS = 17;
const VOCABULARY_MASK = (1 << VOCABULARY_BITS) - 1;
/** Shares of unfamiliar words that make a different feature, as upper bounds. */
const UNFAMILIAR_SHARE_BINS = [0.1, 0.25, 0.45, 0.7, 1.01];
/** Word kinds weigh this many times a word: they are what generalises. */
const KIND_WEIGHT = 3;

export function wordHash(word: string): number {
  return hashText(SEED.word, word);
}

export function isFamiliar(vocabulary: PostingVocabulary, hash: number): boolean {
  const bit = hash & VOCABULARY_MASK;
  return ((vocabulary[bit >>> 3] ?? 0) & (1 << (bit & 7))) !== 0;
}

/**
 * Calls `visit` with the bucket of every feature of a passage's folded words (see foldWords);
 * with a vocabulary, also how much of the passage is made of words postings do not use.
 */
export function forEachFeature(
  words: readonly string[],
  visit: (bucket: number) => void,
  vocabulary?: PostingVocabulary,
): void {
  if (words.length === 0) return;
  visit(lexicalBucket(hashText(SEED.first, words[0] ?? '')));
  const firstCategory = categoryOf(words[0] ?? '');
  if (firstCategory !== -1) visitKind(mix(SEED.firstCategory, firstCategory), visit);
  let previous = 0;
  let categories = 0;
  let previousCategory = -1;
  let unfamiliar = 0;
  let counted = 0;
  for (let index = 0; index < words.length; index += 1) {
    const hash = hashText(SEED.word, words[index] ?? '');
    if (vocabulary && (words[index] ?? '').length >= 3) {
      counted += 1;
      if (!isFamiliar(vocabulary, hash)) unfamiliar += 1;
    }
    visit(lexicalBucket(hash));
    if (index > 0) visit(lexicalBucket(Math.imul(previous ^ SEED.pair, FNV_PRIME) ^ hash));
    previous = hash;
    const category = categoryOf(words[index] ?? '');
    if (category !== -1) {
      if (previousCategory !== -1) visit(mix(SEED.categoryNext, previousCategory * 32 + category));
      categories |= 1 << category;
    }
    previousCategory = category;
  }
  visitCategorySet(categories, visit);
  if (counted > 0) visitUnfamiliarShare(unfamiliar / counted, categories, visit);
  visitCharacterGrams(` ${words.join(' ')} `, visit);
}

function visitUnfamiliarShare(share: number, categories: number, visit: (bucket: number) => void): void {
  const bin = UNFAMILIAR_SHARE_BINS.findIndex((bound) => share < bound);
  visitKind(mix(SEED.unfamiliar, bin), visit);
  for (let category = 0; category < CATEGORY_NAMES.length; category += 1)
    if ((categories & (1 << category)) !== 0) visitKind(mix(SEED.unfamiliar, 64 + bin * 32 + category), visit);
}

function visitKind(bucket: number, visit: (bucket: number) => void): void {
  for (let repeat = 0; repeat < KIND_WEIGHT; repeat += 1) visit(bucket);
}

/** Each kind of word the passage has, and each pair of kinds (see word-categories.ts). */
function visitCategorySet(categories: number, visit: (bucket: number) => void): void {
  for (let first = 0; first < CATEGORY_NAMES.length; first += 1) {
    if ((categories & (1 << first)) === 0) continue;
    visitKind(mix(SEED.category, first), visit);
    for (let second = first + 1; second < CATEGORY_NAMES.length; second += 1)
      if ((categories & (1 << second)) !== 0) visitKind(mix(SEED.categoryPair, first * 32 + second), visit);
  }
}

const lexicalBucket = (hash: number) => (hash & BUCKET_MASK) | KIND_BUCKETS;

function mix(seed: number, value: number): number {
  return Math.imul((FNV_OFFSET ^ seed) + value, FNV_PRIME) & KIND_MASK;
}

function visitCharacterGrams(text: string, visit: (bucket: number) => void): void {
  const last = text.length - MIN_GRAM;
  for (let start = 0; start <= last; start += 1) {
    let hash = (FNV_OFFSET ^ SEED.chars) >>> 0;
    const end = Math.min(start + MAX_GRAM, text.length);
    for (let index = start; index < end; index += 1) {
      hash = Math.imul(hash ^ text.charCodeAt(index), FNV_PRIME);
      if (index - start + 1 >= MIN_GRAM) visit(lexicalBucket(hash));
    }
  }
}
