import { z } from 'zod';
import { REASONING_EFFORTS } from '../../core/schemas/generation-request.js';
import { PublicConfigSchema, type PublicConfig } from '../../core/schemas/public-config.js';
import { SessionSchema, type Session } from '../../core/schemas/session.js';
import type { GenerationRequestInput } from '../../core/schemas/generation-request-schema.js';
import type { ModelInfo } from '../../core/models/model-registry.js';
import { apiErrorFromResponse, networkError } from './api-error.js';

const ModelInfoSchema = z.object({
  id: z.string(),
  label: z.string(),
  family: z.enum(['reasoning', 'classic']),
  reasoningEfforts: z.array(z.enum(REASONING_EFFORTS)),
  price: z.object({
    inputPerMillion: z.number(),
    cachedInputPerMillion: z.number(),
    outputPerMillion: z.number(),
    checkedOn: z.string(),
    source: z.enum(['openai', 'third_party']),
  }),
  shutdownOn: z.string().nullable(),
}) satisfies z.ZodType<ModelInfo>;

const ModelListSchema = z.object({ defaultModel: z.string(), models: z.array(ModelInfoSchema) });

/** The models the server knows, with its default. */
export type ModelList = z.infer<typeof ModelListSchema>;

const EstimateSchema = z.object({
  inputTokens: z.number(),
  expectedOutputTokens: z.number(),
  estimatedCostUsd: z.number().nullable(),
  model: z.string(),
});

/** What POST /api/estimate answers. */
export type Estimate = z.infer<typeof EstimateSchema>;

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

/** GET /api/config: limits and whether a key is configured (never the key). */
export function fetchConfig(): Promise<PublicConfig> {
  return requestJson('/api/config', PublicConfigSchema);
}

/** GET /api/models: the registry and the default model. */
export function fetchModels(): Promise<ModelList> {
  return requestJson('/api/models', ModelListSchema);
}

/** POST /api/estimate: tokens and cost of the request the form describes. */
export function fetchEstimate(body: GenerationRequestInput, signal: AbortSignal): Promise<Estimate> {
  return requestJson('/api/estimate', EstimateSchema, jsonPost(body, signal));
}

/**
 * Starts a generation and returns the streaming response (text/event-stream).
 * Errors before the stream starts (validation, rate limit, no key) throw ApiError.
 */
export function postGeneration(body: GenerationRequestInput, signal: AbortSignal): Promise<Response> {
  const init = jsonPost(body, signal);
  return apiFetch('/api/generations', { ...init, headers: { ...init.headers, accept: 'text/event-stream' } });
}

/** One whole saved session. */
export function getSession(id: string): Promise<Session> {
  return requestJson(`/api/sessions/${encodeURIComponent(id)}`, SessionSchema);
}
