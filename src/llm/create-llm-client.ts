import OpenAI from 'openai';
import type { GenerationRequest } from '../core/schemas/generation-request.js';
import { keyRequiredFor, OPENAI_API_BASE_URL } from './key-required-for.js';
import type { LlmEvent } from './llm-event.js';
import { SILENT_LOGGER, type LlmLogger } from './llm-logger.js';
import type { ModelAdjustments } from './request-params.js';
import { streamGeneration } from './stream-generation.js';

export type LlmClientSettings = {
  /** Null or empty when none is configured. */
  apiKey: string | null;
  /** Whether generation needs a key; by default only for OpenAI itself (see keyRequiredFor). */
  apiKeyRequired?: boolean;
  /** An OpenAI-compatible server; OpenAI itself when absent. */
  baseURL?: string;
  /** Time allowed for the reply to start, and for each silence while it streams. */
  timeoutMs: number;
  defaultModel: string;
  /** Attempts per generation for transient failures, the first included (default 3). */
  maxAttempts?: number;
  /** No retry starts later than this after the generation began (default 30 s). */
  maxRetryTotalMs?: number;
  logger?: LlmLogger;
};

export type LlmClient = {
  /** Streams one generation; see LlmEvent for the order and errors. */
  streamGeneration(request: GenerationRequest, options: { signal: AbortSignal }): AsyncIterable<LlmEvent>;
};

/** Sent to servers that need no key (the SDK refuses to run without one). */
const NO_KEY_PLACEHOLDER = 'no-key-required';
export const DEFAULT_MAX_ATTEMPTS = 3;
export const DEFAULT_MAX_RETRY_TOTAL_MS = 30_000;

/**
 * The app's one OpenAI client. It remembers, per model id, parameters and response formats the
 * server rejected, so later requests do not repeat them. Without a key where one is required,
 * every generation fails with AppError('no_api_key') before any request is sent.
 */
export function createLlmClient(settings: LlmClientSettings): LlmClient {
  const apiKey = settings.apiKey?.trim() || null;
  const client = new OpenAI({
    apiKey: apiKey ?? NO_KEY_PLACEHOLDER,
    // Explicit, so the SDK never falls back to reading OPENAI_BASE_URL itself.
    baseURL: settings.baseURL || OPENAI_API_BASE_URL,
    timeout: settings.timeoutMs,
    maxRetries: 0,
  });
  const context = {
    client,
    apiKey,
    keyMissing: apiKey === null && (settings.apiKeyRequired ?? keyRequiredFor(settings.baseURL)),
    defaultModel: settings.defaultModel,
    timeoutMs: settings.timeoutMs,
    maxAttempts: settings.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
    maxRetryTotalMs: settings.maxRetryTotalMs ?? DEFAULT_MAX_RETRY_TOTAL_MS,
    logger: settings.logger ?? SILENT_LOGGER,
    adjustments: new Map<string, ModelAdjustments>(),
  };
  return {
    streamGeneration: (request, options) => streamGeneration(context, request, options),
  };
}
