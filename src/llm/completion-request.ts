import type { ReasoningEffort } from '../core/schemas/generation-request.js';
import type { ResponseFormatKind, RetryNotice, Spend } from '../core/schemas/model-stream.js';
import type { PromptMessage } from '../core/schemas/prompt-message.js';
import type { JsonSchema } from '../core/schemas/strict-json-schema.js';
import type { Usage } from '../core/schemas/usage.js';

/** One streamed chat completion, whatever its reply is for. */
export type CompletionRequest = {
  model: string;
  messages: readonly PromptMessage[];
  /** A strict JSON schema (only keywords OpenAI's strict mode permits), and its name; absent for plain text. */
  responseFormat?: { name: string; schema: JsonSchema };
  /** Tokens the visible answer may take; reasoning models get room for their reasoning on top. */
  maxOutputTokens: number;
  /** For classic models; reasoning models take only the default. */
  temperature?: number;
  /** For reasoning models. */
  reasoningEffort?: ReasoningEffort;
};

/**
 * What a streamed completion yields, in this order: `retry` while waiting to try again after a
 * transient failure, `opened` once the reply has started (with the messages actually sent and
 * the response format the server accepted: 'none' for plain text), `delta` for each piece of the
 * reply's text, `progress` about once a second, and `usage` at the end, reported by the server
 * or (cancelled, broken stream) counted here and marked `estimated`.
 */
export type CompletionEvent =
  | { type: 'retry'; notice: RetryNotice }
  | { type: 'opened'; messages: PromptMessage[]; responseFormat: ResponseFormatKind }
  | { type: 'delta'; text: string }
  | { type: 'progress'; spend: Spend }
  | { type: 'usage'; usage: Usage };

/** How a completion ended when it did not throw: the whole reply text and why it stopped. */
export type CompletionEnd = {
  text: string;
  finishReason: string | null;
  /** What the model said instead of answering, when it declined. */
  refusal: string | null;
};
