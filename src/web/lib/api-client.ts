import type { z } from 'zod';
import { PublicConfigSchema, type PublicConfig } from '../../core/schemas/public-config.js';
import type { GenerationRequestInput } from '../../core/schemas/generation-request-schema.js';
import type { ModelInfo } from '../../core/models/model-registry.js';
import { apiErrorFromResponse, networkError } from './api-error.js';

/** The models the server knows, with its default. */
export type ModelList = { defaultModel: string; models: ModelInfo[] };

/** What POST /api/estimate answers. */
export type Estimate = {
  inputTokens: number;
  expectedOutputTokens: number;
  estimatedCostUsd: number | null;
  model: string;
};

/**
 * fetch with the API's error vocabulary: a failed response throws ApiError with its code,
 * a network failure throws ApiError upstream_unavailable, an abort rethrows the AbortError.
 */
export async function apiFetch(path: string, init: RequestInit = {}): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(path, init);
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw networkError();
  }
  if (!response.ok) throw await apiErrorFromResponse(response);
  return response;
}

/** GET or send JSON and read a JSON reply, optionally validated with a schema. */
export async function requestJson<Schema extends z.ZodType>(
  path: string,
  schema: Schema,
  init: RequestInit = {},
): Promise<z.infer<Schema>> {
  const response = await apiFetch(path, { ...init, headers: { accept: 'application/json', ...init.headers } });
  return schema.parse(await response.json());
}

/** A POST with a JSON body. */
export function jsonPost(body: unknown, signal?: AbortSignal): RequestInit {
  return {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    ...(signal ? { signal } : {}),
  };
}

export function fetchConfig(): Promise<PublicConfig> {
  return requestJson('/api/config', PublicConfigSchema);
}

export async function fetchModels(): Promise<ModelList> {
  const response = await apiFetch('/api/models', { headers: { accept: 'application/json' } });
  return (await response.json()) as ModelList;
}

export async function fetchEstimate(body: GenerationRequestInput, signal: AbortSignal): Promise<Estimate> {
  const response = await apiFetch('/api/estimate', jsonPost(body, signal));
  return (await response.json()) as Estimate;
}

/**
 * Starts a generation and returns the streaming response (text/event-stream).
 * Errors before the stream starts (validation, rate limit, no key) throw ApiError.
 */
export function postGeneration(body: GenerationRequestInput, signal: AbortSignal): Promise<Response> {
  const init = jsonPost(body, signal);
  return apiFetch('/api/generations', { ...init, headers: { ...init.headers, accept: 'text/event-stream' } });
}
