import { zodResponseFormat } from 'openai/helpers/zod';
import type {
  ChatCompletionCreateParamsStreaming,
  ChatCompletionMessageParam,
} from 'openai/resources/chat/completions';
import { findModel, modelFamilyOf } from '../core/models/model-registry.js';
import { buildPrompt } from '../core/prompts/build-prompt.js';
import type { GenerationRequest, ReasoningEffort } from '../core/schemas/generation-request.js';
import { MODEL_OUTPUT_SCHEMA_NAME, modelOutputSchemaFor } from '../core/schemas/model-output.js';
import type { PromptMessage } from '../core/schemas/prompt-message.js';

/** How the reply's JSON is requested: strict schema, JSON mode, or only by the prompt. */
export type ResponseFormatLevel = 'json_schema' | 'json_object' | 'none';

/** What the adapter learned about a model from its rejections: parameters to leave out, and the format it accepts. */
export type ModelAdjustments = {
  droppedParameters: ReadonlySet<string>;
  responseFormat: ResponseFormatLevel;
};

export const NO_ADJUSTMENTS: ModelAdjustments = { droppedParameters: new Set(), responseFormat: 'json_schema' };

export const DEFAULT_TEMPERATURE = 0.7;
export const DEFAULT_REASONING_EFFORT: ReasoningEffort = 'low';

const TOKENS_PER_QUESTION = 600;
/** Recommendations, strategy, and the analysis or overview. */
const TOKENS_FOR_SUMMARY = 1_000;
const REASONING_TOKENS = { none: 0, minimal: 1_024, low: 4_096, medium: 8_192, high: 16_384 } as const satisfies Record<
  ReasoningEffort,
  number
>;

/** Output tokens to allow: about 600 per question plus the summary, plus the reasoning the effort needs. */
export function completionTokenBudget(questionCount: number, reasoningEffort: ReasoningEffort | null): number {
  const reasoning = reasoningEffort === null ? 0 : REASONING_TOKENS[reasoningEffort];
  return reasoning + TOKENS_PER_QUESTION * questionCount + TOKENS_FOR_SUMMARY;
}

/**
 * The reasoning_effort to send: the requested one when the registry lists it for the model, else
 * 'low'. For a model the registry does not know, the requested one (a rejection drops it later).
 */
export function reasoningEffortFor(request: GenerationRequest, model: string): ReasoningEffort {
  const known = findModel(model);
  if (!known) return request.reasoningEffort ?? DEFAULT_REASONING_EFFORT;
  if (request.reasoningEffort && known.reasoningEfforts.includes(request.reasoningEffort)) {
    return request.reasoningEffort;
  }
  return DEFAULT_REASONING_EFFORT;
}

/** Adds the JSON shape to the system prompt, for servers that cannot be given the schema itself. */
function withJsonInstruction(messages: PromptMessage[], schema: unknown): PromptMessage[] {
  const instruction = `Reply with one JSON object only, without markdown fences or any text around it, that follows this JSON Schema: ${JSON.stringify(schema)}`;
  const systemIndex = messages.findIndex((message) => message.role === 'system');
  if (systemIndex === -1) return [{ role: 'system', content: instruction }, ...messages];
  return messages.map((message, index) =>
    index === systemIndex ? { ...message, content: `${message.content}\n\n${instruction}` } : message,
  );
}

function toMessageParam(message: PromptMessage): ChatCompletionMessageParam {
  switch (message.role) {
    case 'system':
      return { role: 'system', content: message.content };
    case 'user':
      return { role: 'user', content: message.content };
    case 'assistant':
      return { role: 'assistant', content: message.content };
  }
}

export type RequestParams = { body: ChatCompletionCreateParamsStreaming; messages: PromptMessage[] };

/**
 * The Chat Completions body for a request, by model family: reasoning models get
 * max_completion_tokens and reasoning_effort (never temperature, top_p, penalties or max_tokens);
 * classic models get temperature and max_tokens (never reasoning_effort). Parameters the model
 * rejected before are left out, and the response format is the one it accepts.
 */
export function buildRequestParams(
  request: GenerationRequest,
  model: string,
  adjustments: ModelAdjustments = NO_ADJUSTMENTS,
): RequestParams {
  const responseFormat = zodResponseFormat(modelOutputSchemaFor(request.technique), MODEL_OUTPUT_SCHEMA_NAME);
  const prompt = buildPrompt(request);
  const messages =
    adjustments.responseFormat === 'json_schema'
      ? prompt
      : withJsonInstruction(prompt, responseFormat.json_schema.schema);
  const dropped = adjustments.droppedParameters;

  const body: Record<string, unknown> = {
    model,
    messages: messages.map(toMessageParam),
    stream: true,
    stream_options: { include_usage: true },
  };
  if (modelFamilyOf(model) === 'reasoning') {
    const effort = reasoningEffortFor(request, model);
    body['reasoning_effort'] = effort;
    body['max_completion_tokens'] = completionTokenBudget(request.questionCount, effort);
  } else {
    body['temperature'] = request.temperature ?? DEFAULT_TEMPERATURE;
    body['max_tokens'] = completionTokenBudget(request.questionCount, null);
  }
  if (adjustments.responseFormat === 'json_schema') body['response_format'] = responseFormat;
  if (adjustments.responseFormat === 'json_object') body['response_format'] = { type: 'json_object' };

  for (const parameter of dropped) delete body[parameter];
  // A model that refuses max_tokens is a reasoning model in disguise: it wants max_completion_tokens.
  if (dropped.has('max_tokens') && !dropped.has('max_completion_tokens') && !('max_completion_tokens' in body)) {
    body['max_completion_tokens'] = completionTokenBudget(request.questionCount, 'medium');
  }
  return { body: body as unknown as ChatCompletionCreateParamsStreaming, messages };
}
