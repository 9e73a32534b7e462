import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  AuthenticationError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
} from 'openai';
import { AppError, isAppError } from '../core/errors.js';
import { readRejection } from './read-rejection.js';
import { readRetryAfterMs } from './read-retry-after.js';

const QUOTA_CODES = new Set(['insufficient_quota', 'credit_balance_exhausted']);
/** Fields of a StructuredOutputRequest, by the API parameter they become. */
const REQUEST_FIELDS: Record<string, string> = { temperature: 'temperature', reasoning_effort: 'reasoningEffort' };
/** The field an error names when the messages are too long for the model. */
export const MESSAGES_FIELD = 'messages';

/** A 429 that waiting cannot fix: the account has no credit left. */
export function isQuotaError(error: unknown): boolean {
  return error instanceof APIError && (QUOTA_CODES.has(error.code ?? '') || QUOTA_CODES.has(error.type ?? ''));
}

function retryAfterSecondsOf(error: unknown): number | undefined {
  const milliseconds = readRetryAfterMs(error);
  return milliseconds === null ? undefined : Math.ceil(milliseconds / 1000);
}

/**
 * Translates whatever the openai SDK (or fetch underneath it) threw into an AppError, by error
 * class, HTTP status and OpenAI error code. The message is the job-seeker one; the SDK error is
 * kept as `cause` for the logs.
 */
export function mapOpenAIError(error: unknown): AppError {
  if (isAppError(error)) return error;
  const options = { cause: error };
  if (error instanceof APIUserAbortError) return new AppError('cancelled', options);
  if (error instanceof APIConnectionTimeoutError) return new AppError('upstream_timeout', options);
  if (error instanceof APIConnectionError) return new AppError('upstream_unavailable', options);
  if (!(error instanceof APIError)) {
    return new AppError(error instanceof TypeError ? 'upstream_unavailable' : 'internal', options);
  }
  if (error instanceof AuthenticationError || error instanceof PermissionDeniedError) {
    return new AppError('upstream_auth', options);
  }
  if (isQuotaError(error)) return new AppError('upstream_quota', options);
  if (error instanceof RateLimitError || error.code === 'rate_limit_exceeded') {
    const retryAfterSeconds = retryAfterSecondsOf(error);
    return new AppError('upstream_rate_limited', {
      ...options,
      retryAfterSeconds,
      ...(retryAfterSeconds === undefined
        ? {}
        : {
            message: `The AI service is rate-limiting this API key. Try again in ${retryAfterSeconds} seconds, or choose a different model.`,
          }),
    });
  }
  if (error instanceof NotFoundError || error.code === 'model_not_found') {
    return new AppError('model_not_found', options);
  }
  const status = error.status;
  // No status: the server sent the error inside an already started stream.
  if (status === undefined || status >= 500) return new AppError('upstream_unavailable', options);
  if (status === 408) return new AppError('upstream_timeout', options);
  if (error.code === 'context_length_exceeded' || status === 413) {
    return new AppError('invalid_input', {
      ...options,
      field: MESSAGES_FIELD,
      message: 'The input is too long for this model. Shorten it, or choose a model with a larger context.',
    });
  }
  const rejection = readRejection(error);
  if (rejection?.kind === 'response_format') {
    return new AppError('output_invalid', {
      ...options,
      message:
        'The AI server does not support JSON output for this model, so its reply cannot be read. Choose another model.',
    });
  }
  if (rejection?.kind === 'parameter') {
    return new AppError('invalid_input', {
      ...options,
      field: REQUEST_FIELDS[rejection.param],
      message: `The model does not accept the setting "${rejection.param}". Change it or choose another model.`,
    });
  }
  return new AppError('output_invalid', {
    ...options,
    message: 'The AI service rejected the request for this model. Try again, or choose a different model or technique.',
  });
}

const SECRET_PATTERN = /\bsk-[A-Za-z0-9*_-]+/g;

/** Loggable facts about an upstream error, with anything that looks like an API key redacted. */
export function describeUpstreamError(error: unknown, apiKey: string | null): Record<string, unknown> {
  const redact = (text: string) => {
    const withoutKey = apiKey ? text.split(apiKey).join('[redacted]') : text;
    return withoutKey.replace(SECRET_PATTERN, 'sk-[redacted]');
  };
  if (error instanceof APIError) {
    return {
      errorClass: error.constructor.name,
      status: error.status,
      code: error.code,
      type: error.type,
      param: error.param,
      requestId: error.requestID,
      detail: redact(error.message),
    };
  }
  if (error instanceof Error) {
    return { errorClass: error.constructor.name, detail: redact(error.message) };
  }
  return { detail: redact(String(error)) };
}
