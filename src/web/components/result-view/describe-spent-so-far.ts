import { modelFamilyOf } from '../../../core/models/model-registry.js';
import type { ReasoningEffort } from '../../../core/schemas/generation-request.js';
import { formatCount, formatUsd } from '../../lib/format-count.js';
import type { SpentSoFar } from './run.js';

/** Said of a reasoning model while it streams: its reasoning tokens are only reported with the final usage. */
export const REASONING_NOT_COUNTED_YET = '+ reasoning tokens and their cost, counted when the reply ends';

/**
 * True when the live figure misses the reasoning tokens: a reasoning model (by the model registry,
 * or by its id) asked to reason; with effort "none" it writes no reasoning tokens.
 */
export function reasoningCountedAtEnd(model: string | null, reasoningEffort: ReasoningEffort | undefined): boolean {
  return model !== null && modelFamilyOf(model) === 'reasoning' && reasoningEffort !== 'none';
}

/**
 * What has been spent while the reply streams, before the AI service reports the exact usage. A
 * reasoning model's reasoning tokens are invisible until then, so its figure says they are missing.
 */
export function describeSpentSoFar(spent: SpentSoFar | null, reasoning: boolean): string {
  const pending = reasoning ? ` (${REASONING_NOT_COUNTED_YET})` : '';
  if (!spent) return `Counting as the reply arrives…${pending}`;
  const tokens = formatCount(spent.inputTokens + spent.outputTokens);
  const cost = spent.costUsd === null ? 'price unknown' : `≈ ${formatUsd(spent.costUsd)}`;
  const figure = `So far ≈ ${tokens} tokens (${formatCount(spent.inputTokens)} in, ${formatCount(spent.outputTokens)} out), ${cost}`;
  return reasoning ? `${figure} ${REASONING_NOT_COUNTED_YET}.` : `${figure}. Exact figures when the generation ends.`;
}
