import { findModel, type ModelPrice } from '../models/model-registry.js';

/** Token counts as OpenAI reports them. */
export type TokenCounts = {
  /** All prompt tokens, cached ones included. */
  inputTokens: number;
  /** The part of inputTokens served from the prompt cache. */
  cachedTokens: number;
  /** All completion tokens, reasoning tokens included. */
  outputTokens: number;
  /** The part of outputTokens spent reasoning; informational, already billed as output. */
  reasoningTokens: number;
};

const DATE_SUFFIX = /-\d{4}-\d{2}-\d{2}$/;

/** Dated snapshots whose price differs from the model they are a snapshot of. */
const SNAPSHOTS_WITH_OWN_PRICE = new Set(['gpt-4o-2024-05-13']);

/**
 * The price of a model id: an exact registry entry, else the base model of a dated snapshot
 * ('gpt-4o-mini-2024-07-18'), with or without a provider prefix ('openai/gpt-4o'). Null when unknown.
 */
export function findModelPrice(modelId: string): ModelPrice | null {
  const bareId = modelId
    .slice(modelId.lastIndexOf('/') + 1)
    .trim()
    .toLowerCase();
  for (const candidate of [modelId, bareId]) {
    const exact = findModel(candidate);
    if (exact) return exact.price;
  }
  if (SNAPSHOTS_WITH_OWN_PRICE.has(bareId) || !DATE_SUFFIX.test(bareId)) return null;
  return findModel(bareId.replace(DATE_SUFFIX, ''))?.price ?? null;
}

function count(value: number): number {
  return Number.isFinite(value) && value > 0 ? value : 0;
}

/**
 * Cost of one call in integer micro-dollars (USD x 1e6), or null when the model's price is unknown
 * (never 0 for an unknown model). Cached tokens are billed at the cached rate and the rest of the
 * input at the input rate; reasoning tokens are part of outputTokens and are not billed twice.
 */
export function priceUsage(modelId: string, tokens: TokenCounts): number | null {
  const price = findModelPrice(modelId);
  if (!price) return null;
  const input = count(tokens.inputTokens);
  const cached = Math.min(count(tokens.cachedTokens), input);
  // A price per million tokens in USD is exactly a price per token in micro-dollars.
  const microUsd =
    (input - cached) * price.inputPerMillion +
    cached * price.cachedInputPerMillion +
    count(tokens.outputTokens) * price.outputPerMillion;
  return Math.round(microUsd);
}

const MICRO_USD_PER_USD = 1_000_000;

/**
 * Converts integer micro-dollars to dollars, at the edge: the wire and export files carry `costUsd`
 * (see docs/decisions/ on money). Sums and comparisons are done in micro-dollars.
 */
export function microUsdToUsd(micro: number): number {
  return micro / MICRO_USD_PER_USD;
}

/** Dollars read from the wire or a file (already rounded to the micro-dollar) as integer micro-dollars. */
export function usdToMicroUsd(usd: number): number {
  return Math.round(usd * MICRO_USD_PER_USD);
}

/**
 * Formats dollars for display: 'unknown' for null, cents from a dollar up ($1.23), up to four
 * decimals under a dollar ($0.0104, $0.50), two significant digits under a cent ($0.0042,
 * $0.000031), '$0.00' for zero.
 */
export function formatUsd(usd: number | null): string {
  if (usd === null || !Number.isFinite(usd)) return 'unknown';
  const sign = usd < 0 ? '-' : '';
  const amount = Math.abs(usd);
  if (amount === 0) return '$0.00';
  if (amount >= 1) return `${sign}$${amount.toFixed(2)}`;
  // Under a dollar: to a hundredth of a cent; under a cent: two significant digits.
  const decimals = amount >= 0.01 ? 4 : Math.min(Math.ceil(-Math.log10(amount)) + 1, 12);
  const trimmed = amount.toFixed(decimals).replace(/0+$/, '');
  const [, fraction = ''] = trimmed.split('.');
  return `${sign}$${fraction.length < 2 ? amount.toFixed(2) : trimmed}`;
}
