import { AppError } from '../../core/errors.js';
import type { CompletionRequest } from '../../llm/completion-request.js';
import type { BudgetAdmission, BudgetGuard } from '../budget/create-budget-guard.js';
import type { Owner, RateLimitStore } from '../ports.js';
import { enforceRateLimit } from '../rate-limit/enforce-rate-limit.js';

export type PracticeAdmissionDependencies = {
  keyMissing: boolean;
  rateLimits: RateLimitStore;
  rateLimitPerHour: number;
  /** The spending caps; absent in tests that do not need them. */
  budget?: { guard: BudgetGuard };
  now?: () => number;
};

/** Output tokens a practice call is expected to take, for the estimate: most of its allowance. */
const EXPECTED_OUTPUT_SHARE = 0.6;

/** The call's pre-send cost in micro-dollars: the prompt (with its schema, when sent) plus the expected reply. */
async function estimateCallMicroUsd(call: CompletionRequest): Promise<number | null> {
  const { estimatePrompt } = await import('../../core/cost/estimate-prompt.js');
  const schema = call.responseFormat
    ? [{ role: 'system' as const, content: JSON.stringify(call.responseFormat.schema) }]
    : [];
  const expectedOutputTokens = Math.ceil(call.maxOutputTokens * EXPECTED_OUTPUT_SHARE);
  return estimatePrompt([...call.messages, ...schema], call.model, expectedOutputTokens).estimatedCostMicroUsd;
}

/**
 * Admits one practice call (feedback or explanation) as a generation is admitted: refused with
 * no_api_key, budget_exceeded, or rate_limited (one hit in the same hourly 'generations' bucket),
 * before anything is sent. Returns what settling its cost needs.
 */
export async function admitPracticeCall(
  dependencies: PracticeAdmissionDependencies,
  owner: Owner,
  call: CompletionRequest,
  id: string,
  sessionSpentMicroUsd: number,
): Promise<BudgetAdmission> {
  if (dependencies.keyMissing) throw new AppError('no_api_key');
  const admitted = dependencies.budget
    ? await dependencies.budget.guard.admitCost(owner, id, {
        estimate: async () => ({ model: call.model, costMicroUsd: await estimateCallMicroUsd(call) }),
        sessionSpentMicroUsd,
      })
    : { sessionId: id, startedAt: (dependencies.now ?? Date.now)() };
  try {
    await enforceRateLimit(dependencies.rateLimits, owner, {
      bucket: 'generations',
      limitPerHour: dependencies.rateLimitPerHour,
      what: 'generations and practice answers',
    });
  } catch (error) {
    // Refused: the estimate reserved against the budgets is released.
    await dependencies.budget?.guard.settle(owner, admitted, null);
    throw error;
  }
  return admitted;
}
