import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { microUsdToUsd } from '../../core/cost/price-usage.js';
import { buildPrompt } from '../../core/prompts/build-prompt.js';
import { GenerationOptionsSchema } from '../../core/schemas/generation-request.js';
import { modelOutputSchemaFor } from '../../core/schemas/model-output.js';

/**
 * POST /api/estimate: tokens and cost of a request before it is sent, counted with the real
 * tokenizer. Lenient about the job description (the form calls it while the user types).
 */
export async function estimateRoutes(
  app: FastifyInstance,
  options: { defaultModel: string; maxInputChars: number },
): Promise<void> {
  const EstimateRequestSchema = GenerationOptionsSchema.extend({
    jobDescription: z.string().max(options.maxInputChars * 2).default(''),
  });
  app.post('/api/estimate', { bodyLimit: 64 * 1024 }, async (request) => {
    // Loaded on first use: the o200k tokenizer's tables take a noticeable part of start-up.
    const { estimatePrompt, expectedOutputTokensFor } = await import('../../core/cost/estimate-prompt.js');
    const estimateRequest = EstimateRequestSchema.parse(request.body ?? {});
    const model = estimateRequest.model ?? options.defaultModel;
    const messages = buildPrompt({ ...estimateRequest, jobDescription: estimateRequest.jobDescription.trim() });
    // The JSON schema sent as response_format is billed as input too.
    const schema = JSON.stringify(z.toJSONSchema(modelOutputSchemaFor(estimateRequest.technique)));
    const expectedOutputTokens = expectedOutputTokensFor(estimateRequest.questionCount, estimateRequest.technique);
    const estimate = estimatePrompt([...messages, { role: 'system', content: schema }], model, expectedOutputTokens);
    return {
      model,
      inputTokens: estimate.inputTokens,
      expectedOutputTokens,
      estimatedCostUsd:
        estimate.estimatedCostMicroUsd === null ? null : microUsdToUsd(estimate.estimatedCostMicroUsd),
    };
  });
}
