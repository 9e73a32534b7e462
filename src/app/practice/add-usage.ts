import type { Usage } from '../../core/schemas/usage.js';

/** Two calls' usage as one: tokens added, costs added (unknown only when both are), estimated if either was. */
export function addUsage(first: Usage | null, second: Usage | null): Usage | null {
  if (first === null || second === null) return first ?? second;
  const costUsd =
    first.costUsd === null && second.costUsd === null ? null : (first.costUsd ?? 0) + (second.costUsd ?? 0);
  const estimated = first.estimated === true || second.estimated === true;
  return {
    inputTokens: first.inputTokens + second.inputTokens,
    cachedTokens: first.cachedTokens + second.cachedTokens,
    outputTokens: first.outputTokens + second.outputTokens,
    reasoningTokens: first.reasoningTokens + second.reasoningTokens,
    costUsd,
    model: first.model,
    ...(estimated ? { estimated } : {}),
  };
}
