import { buildPrompt } from '../../core/prompts/build-prompt.js';
import type { PromptExtras } from '../../core/prompts/prompt-context.js';
import type { GenerationRequest } from '../../core/schemas/generation-request.js';
import { responseFormatFor } from '../../core/schemas/response-format.js';
import type { StructuredOutputRequest } from '../../llm/structured-output-request.js';

/** Visible output tokens to allow per question, and for the recommendations, strategy and analysis. */
const TOKENS_PER_QUESTION = 600;
const TOKENS_FOR_SUMMARY = 1_000;

/** Output tokens a reply with `questionCount` questions may take (reasoning not included). */
export function outputTokenBudget(questionCount: number): number {
  return TOKENS_PER_QUESTION * questionCount + TOKENS_FOR_SUMMARY;
}

/** The model call of a generation: the technique's prompt and its strict response schema. */
export function buildGenerationCall(
  request: GenerationRequest,
  model: string,
  extras: PromptExtras = {},
): StructuredOutputRequest {
  const { name, schema } = responseFormatFor(request);
  return {
    model,
    messages: buildPrompt(request, extras),
    responseFormat: { name, schema },
    elementPath: 'questions',
    maxOutputTokens: outputTokenBudget(request.questionCount),
    ...(request.temperature === undefined ? {} : { temperature: request.temperature }),
    ...(request.reasoningEffort === undefined ? {} : { reasoningEffort: request.reasoningEffort }),
  };
}
