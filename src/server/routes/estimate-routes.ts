import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { microUsdToUsd } from '../../core/cost/price-usage.js';
import { buildPrompt } from '../../core/prompts/build-prompt.js';
import { GenerationOptionsSchema } from '../../core/schemas/generation-request.js';
import { billedInputOf } from '../../core/schemas/response-schema-text.js';
import { sanitizeJobDescription } from '../../core/validation/sanitize-job-description.js';
import { rawInputLimitFor } from '../../core/validation/check-job-description.js';
import { bodyLimitFor } from './body-limit-for.js';

/**
 * POST /api/estimate: tokens and cost of a request before it is sent, counted with the real
 * tokenizer. Lenient about the job description (the form calls it while the user types).
 */
export async function estimateRoutes(
  app: FastifyInstance,
  options: { defaultModel: string; maxInputChars: number },
): Promise<void> {
  const EstimateRequestSchema = GenerationOptionsSchema.extend({
    jobDescription: z.string().max(rawInputLimitFor(options.maxInputChars)).default(''),
  });
  app.post('/api/estimate', { bodyLimit: bodyLimitFor(options.maxInputChars) }, async (request) => {
    // Loaded on first use: the o200k tokenizer's tables take a noticeable part of start-up.
    const { estimatePrompt, expectedOutputTokensFor } = await import('../../core/cost/estimate-prompt.js');
    const estimateRequest = EstimateRequestSchema.parse(request.body ?? {});
    const model = estimateRequest.model ?? options.defaultModel;
    // Counted as it will be sent: cleaned like a generation request (HTML pastes shrink).
    const messages = buildPrompt({ ...estimateRequest, jobDescription: sanitizeJobDescription(estimateRequest.jobDescription) });
    const expectedOutputTokens = expectedOutputTokensFor(estimateRequest.questionCount, estimateRequest.technique);
    const estimate = estimatePrompt(billedInputOf(messages, estimateRequest.technique), model, expectedOutputTokens);
    return {
      model,
      inputTokens: estimate.inputTokens,
      expectedOutputTokens,
      estimatedCostUsd:
        estimate.estimatedCostMicroUsd === null ? null : microUsdToUsd(estimate.estimatedCostMicroUsd),
    };
  });
}
