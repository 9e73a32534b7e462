/**
 * USD for display; "unknown" when the price is unknown. Small amounts keep enough digits to be
 * meaningful ($0.0042), larger ones use cents.
 * TODO: switch to formatUsd from src/core/cost/price-usage.ts once it exists.
 */
export function formatUsd(usd: number | null): string {
  if (usd === null || !Number.isFinite(usd)) return 'unknown';
  if (usd === 0) return '$0.00';
  if (usd < 0.0001) return '< $0.0001';
  if (usd < 0.01) return `$${usd.toPrecision(2).replace(/0+$/, '')}`;
  return `$${usd.toFixed(2)}`;
}

/** 12,345 */
export function formatCount(count: number): string {
  return count.toLocaleString('en-US');
}
