import { z } from 'zod';
import { microUsdToUsd } from '../../core/cost/price-usage.js';
import { buildPrompt } from '../../core/prompts/build-prompt.js';
import type { Estimate } from '../../core/schemas/api.js';
import { GenerationOptionsSchema } from '../../core/schemas/generation-request.js';
import { billedInputOf } from '../../core/schemas/response-schema-text.js';
import { rawInputLimitFor } from '../../core/validation/check-job-description.js';
import { resolveModel } from '../resolve-model.js';
import { sanitizeJobDescription } from '../../core/validation/sanitize-job-description.js';

/** The estimate request: the generation options, lenient about the job description (asked while typing). */
export function createEstimateRequestSchema(limits: { maxInputChars: number; maxProfileChars: number }) {
  return GenerationOptionsSchema.extend({
    jobDescription: z.string().max(rawInputLimitFor(limits.maxInputChars)).default(''),
    candidateProfile: z.string().max(rawInputLimitFor(limits.maxProfileChars)).optional(),
  });
}
export type EstimateRequest = z.output<ReturnType<typeof createEstimateRequestSchema>>;

/**
 * Tokens and cost of a generation before it is sent, counted with the real tokenizer on the
 * prompt as it will be sent (cleaned like a generation request) plus the response schema.
 */
export async function estimateGeneration(request: EstimateRequest, defaultModel: string): Promise<Estimate> {
  // Loaded on first use: the o200k tokenizer's tables take a noticeable part of start-up.
  const { estimatePrompt, expectedOutputTokensFor } = await import('../../core/cost/estimate-prompt.js');
  const model = resolveModel(request.model, defaultModel);
  const profile = request.candidateProfile === undefined ? '' : sanitizeJobDescription(request.candidateProfile);
  const messages = buildPrompt({
    ...request,
    jobDescription: sanitizeJobDescription(request.jobDescription),
    ...(profile === '' ? {} : { candidateProfile: profile }),
  });
  const expectedOutputTokens = expectedOutputTokensFor(request.questionCount, request.technique);
  const estimate = estimatePrompt(billedInputOf(messages, request), model, expectedOutputTokens);
  return {
    model,
    inputTokens: estimate.inputTokens,
    expectedOutputTokens,
    estimatedCostUsd: estimate.estimatedCostMicroUsd === null ? null : microUsdToUsd(estimate.estimatedCostMicroUsd),
  };
}
