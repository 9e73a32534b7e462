export { formatUsd } from '../../core/cost/price-usage.js';

/** 12,345 */
export function formatCount(count: number): string {
  return count.toLocaleString('en-US');
}
