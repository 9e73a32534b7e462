import type {
  ChatCompletionCreateParamsStreaming,
  ChatCompletionMessageParam,
} from 'openai/resources/chat/completions';
import { findModel, modelFamilyOf } from '../core/models/model-registry.js';
import type { ReasoningEffort } from '../core/schemas/generation-request.js';
import type { ResponseFormatKind } from '../core/schemas/model-stream.js';
import type { PromptMessage } from '../core/schemas/prompt-message.js';
import type { CompletionRequest } from './completion-request.js';

/** What the adapter learned about a model from its rejections: parameters to leave out, and the format it accepts. */
export type ModelAdjustments = {
  droppedParameters: ReadonlySet<string>;
  responseFormat: ResponseFormatKind;
};

export const NO_ADJUSTMENTS: ModelAdjustments = { droppedParameters: new Set(), responseFormat: 'json_schema' };

export const DEFAULT_TEMPERATURE = 0.7;
export const DEFAULT_REASONING_EFFORT: ReasoningEffort = 'low';

/** Room for the reasoning of each effort, on top of the visible answer. */
const REASONING_TOKENS = { none: 0, minimal: 1_024, low: 4_096, medium: 8_192, high: 16_384 } as const satisfies Record<
  ReasoningEffort,
  number
>;

/** Completion tokens to allow: the visible answer, plus the reasoning the effort needs. */
export function completionTokenBudget(maxOutputTokens: number, reasoningEffort: ReasoningEffort | null): number {
  return (reasoningEffort === null ? 0 : REASONING_TOKENS[reasoningEffort]) + maxOutputTokens;
}

/**
 * The reasoning_effort to send: the requested one when the registry lists it for the model, else
 * 'low'. For a model the registry does not know, the requested one (a rejection drops it later).
 */
export function reasoningEffortFor(requested: ReasoningEffort | undefined, model: string): ReasoningEffort {
  const known = findModel(model);
  if (!known) return requested ?? DEFAULT_REASONING_EFFORT;
  if (requested && known.reasoningEfforts.includes(requested)) return requested;
  return DEFAULT_REASONING_EFFORT;
}

/** Adds the JSON shape to the system prompt, for servers that cannot be given the schema itself. */
function withJsonInstruction(messages: readonly PromptMessage[], schema: unknown): PromptMessage[] {
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
    default: {
      const unknownRole: never = message.role;
      throw new Error(`Unknown message role: ${String(unknownRole)}`);
    }
  }
}

export type RequestParams = {
  body: ChatCompletionCreateParamsStreaming;
  messages: PromptMessage[];
  /** How the reply's shape is asked for: 'none' also for a plain-text request. */
  responseFormat: ResponseFormatKind;
};

/**
 * The Chat Completions body for a request, by model family: reasoning models get
 * max_completion_tokens and reasoning_effort (never temperature, top_p, penalties or max_tokens);
 * classic models get temperature and max_tokens (never reasoning_effort). Parameters the model
 * rejected before are left out, and the response format is the one it accepts. A request without
 * a response format (plain text) gets none.
 */
export function buildRequestParams(
  request: CompletionRequest,
  adjustments: ModelAdjustments = NO_ADJUSTMENTS,
): RequestParams {
  const { model, responseFormat } = request;
  const formatKind: ResponseFormatKind = responseFormat ? adjustments.responseFormat : 'none';
  const messages =
    responseFormat && formatKind !== 'json_schema'
      ? withJsonInstruction(request.messages, responseFormat.schema)
      : [...request.messages];
  const dropped = adjustments.droppedParameters;

  const body: Record<string, unknown> = {
    model,
    messages: messages.map(toMessageParam),
    stream: true,
    stream_options: { include_usage: true },
  };
  if (modelFamilyOf(model) === 'reasoning') {
    const effort = reasoningEffortFor(request.reasoningEffort, model);
    body['reasoning_effort'] = effort;
    body['max_completion_tokens'] = completionTokenBudget(request.maxOutputTokens, effort);
  } else {
    body['temperature'] = request.temperature ?? DEFAULT_TEMPERATURE;
    body['max_tokens'] = completionTokenBudget(request.maxOutputTokens, null);
  }
  if (responseFormat && formatKind === 'json_schema') {
    body['response_format'] = {
      type: 'json_schema',
      json_schema: { name: responseFormat.name, schema: responseFormat.schema, strict: true },
    };
  }
  if (formatKind === 'json_object') body['response_format'] = { type: 'json_object' };

  for (const parameter of dropped) delete body[parameter];
  // A model that refuses max_tokens is a reasoning model in disguise: it wants max_completion_tokens.
  if (dropped.has('max_tokens') && !dropped.has('max_completion_tokens') && !('max_completion_tokens' in body)) {
    body['max_completion_tokens'] = completionTokenBudget(request.maxOutputTokens, 'medium');
  }
  return { body: body as unknown as ChatCompletionCreateParamsStreaming, messages, responseFormat: formatKind };
}
