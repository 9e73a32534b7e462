import type { ReasoningEffort } from '../core/schemas/generation-request.js';
import type { ResponseFormatKind, RetryNotice, Spend } from '../core/schemas/model-stream.js';
import type { PromptMessage } from '../core/schemas/prompt-message.js';
import type { JsonSchema } from '../core/schemas/strict-json-schema.js';
import type { Usage } from '../core/schemas/usage.js';

/** One streamed model call that answers with a JSON object following `responseFormat.schema`. */
export type StructuredOutputRequest = {
  model: string;
  messages: readonly PromptMessage[];
  /** A strict JSON schema (only keywords OpenAI's strict mode permits), and its name. */
  responseFormat: { name: string; schema: JsonSchema };
  /** Key of the reply's top-level array whose elements are handed over as they complete. */
  elementPath: string;
  /** Tokens the visible answer may take; reasoning models get room for their reasoning on top. */
  maxOutputTokens: number;
  /** For classic models; reasoning models take only the default. */
  temperature?: number;
  /** For reasoning models. */
  reasoningEffort?: ReasoningEffort;
};

/**
 * What a structured call yields, in this order: `retry` while waiting to try again after a
 * transient failure, `opened` once the reply has started (with the messages actually sent and
 * the response format the server accepted), `element` for each element of the watched array as
 * soon as it is complete, `progress` about twice a second, and `usage` at the end, reported by
 * the server or (cancelled, broken stream) counted here and marked `estimated`.
 */
export type StructuredOutputEvent =
  | { type: 'retry'; notice: RetryNotice }
  | { type: 'opened'; messages: PromptMessage[]; responseFormat: ResponseFormatKind }
  | { type: 'element'; index: number; value: unknown }
  | { type: 'progress'; spend: Spend }
  | { type: 'usage'; usage: Usage };

/** How a structured call ended when it did not throw: the whole reply text and why it stopped. */
export type StructuredOutputEnd = {
  text: string;
  finishReason: string | null;
  /** What the model said instead of answering, when it declined. */
  refusal: string | null;
};

/** The domain-free port the use cases call; errors are thrown as AppError after the events. */
export type StructuredOutputStream = AsyncGenerator<StructuredOutputEvent, StructuredOutputEnd>;
