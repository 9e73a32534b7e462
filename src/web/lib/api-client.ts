import type { z } from 'zod';
import {
  CancelAnswerSchema,
  EstimateSchema,
  ModelListSchema,
  SessionAnswerSchema,
  type CancelAnswer,
  type Estimate,
  type ModelList,
  type SessionAnswer,
} from '../../core/schemas/api.js';
import type { GenerationRequestInput } from '../../core/schemas/generation-request-schema.js';
import { PublicConfigSchema, type PublicConfig } from '../../core/schemas/public-config.js';
import { apiErrorFromResponse, networkError } from './api-error.js';
import { reportSignInNeeded } from './sign-in-needed.js';

/**
 * fetch with the API's error vocabulary: a failed response throws ApiError with its code,
 * a network failure throws ApiError upstream_unavailable, an abort rethrows the AbortError.
 * A 401 `unauthenticated` is also reported to `onSignInNeeded` listeners (team mode's sign-in screen).
 */
export async function apiFetch(path: string, init: RequestInit = {}): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(path, init);
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw networkError();
  }
  if (!response.ok) {
    const error = await apiErrorFromResponse(response);
    if (error.status === 401 && error.code === 'unauthenticated') reportSignInNeeded();
    throw error;
  }
  return response;
}

/** GET or send JSON and read a JSON reply, validated with the API's own schema (src/core/schemas/api.ts). */
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

/**
 * POST /api/auth/token: sends the server's access token once; the answer sets an HttpOnly cookie
 * that every later call carries. A wrong token throws ApiError unauthenticated (field `token`).
 */
export async function postAccessToken(token: string): Promise<void> {
  await apiFetch('/api/auth/token', jsonPost({ token }));
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

/**
 * POST /api/generations/:sessionId/cancel: stops a running generation; answers once the server has
 * saved what it had. Throws ApiError not_found when it is not running (unknown, or just finished).
 */
export function cancelGeneration(sessionId: string, signal?: AbortSignal): Promise<CancelAnswer> {
  return requestJson(`/api/generations/${encodeURIComponent(sessionId)}/cancel`, CancelAnswerSchema, {
    method: 'POST',
    ...(signal ? { signal } : {}),
  });
}

/** One whole saved session; `running` when its generation is still streaming into it. */
export function getSession(id: string): Promise<SessionAnswer> {
  return requestJson(`/api/sessions/${encodeURIComponent(id)}`, SessionAnswerSchema);
}
