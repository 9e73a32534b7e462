import OpenAI from 'openai';
import { createNodeHttpFetch } from './node-http-fetch.js';
import { SILENT_LOGGER, type LlmLogger } from './llm-logger.js';
import type { ModelAdjustments } from './request-params.js';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from './retry-policy.js';
import { streamStructuredOutput } from './stream-structured-output.js';
import { streamText } from './stream-text.js';
import type { StructuredOutputRequest, StructuredOutputStream } from './structured-output-request.js';
import type { TextRequest, TextStream } from './text-request.js';

/** OpenAI's own API; the SDK's default base URL. */
export const OPENAI_API_BASE_URL = 'https://api.openai.com/v1';

export type LlmClientSettings = {
  /** Null or empty when none is configured. */
  apiKey: string | null;
  /** Whether calls need a key (decided once, in the app's configuration). */
  apiKeyRequired: boolean;
  /** An OpenAI-compatible server; OpenAI itself when absent. */
  baseURL?: string | undefined;
  /** Time allowed for the reply to start, and for each silence while it streams. */
  timeoutMs: number;
  /** Attempts and time for transient failures; DEFAULT_RETRY_POLICY by default. */
  retryPolicy?: Partial<RetryPolicy>;
  logger?: LlmLogger;
};

/** The model port: streamed calls (structured or plain text) that know nothing of what they are for. */
export type LlmClient = {
  /** True when the server needs a key and none is configured: every call fails with no_api_key. */
  readonly keyMissing: boolean;
  /** See streamStructuredOutput. */
  streamStructuredOutput(request: StructuredOutputRequest, options: { signal: AbortSignal }): StructuredOutputStream;
  /** See streamText. */
  streamText(request: TextRequest, options: { signal: AbortSignal }): TextStream;
};

/** Sent to servers that need no key (the SDK refuses to run without one). */
const NO_KEY_PLACEHOLDER = 'no-key-required';

/**
 * The app's one OpenAI client. It remembers, per model id, parameters and response formats the
 * server rejected, so later requests do not repeat them. The SDK's own retries are off: the
 * retry policy decides.
 */
export function createLlmClient(settings: LlmClientSettings): LlmClient {
  const apiKey = settings.apiKey?.trim() || null;
  const client = new OpenAI({
    apiKey: apiKey ?? NO_KEY_PLACEHOLDER,
    // Explicit, so the SDK never falls back to reading OPENAI_BASE_URL itself.
    baseURL: settings.baseURL || OPENAI_API_BASE_URL,
    timeout: settings.timeoutMs,
    maxRetries: 0,
    fetch: createNodeHttpFetch(),
  });
  const keyMissing = apiKey === null && settings.apiKeyRequired;
  const context = {
    client,
    apiKey,
    keyMissing,
    timeoutMs: settings.timeoutMs,
    retryPolicy: { ...DEFAULT_RETRY_POLICY, ...settings.retryPolicy },
    logger: settings.logger ?? SILENT_LOGGER,
    adjustments: new Map<string, ModelAdjustments>(),
  };
  return {
    keyMissing,
    streamStructuredOutput: (request, options) => streamStructuredOutput(context, request, options),
    streamText: (request, options) => streamText(context, request, options),
  };
}
