import type { z } from 'zod';
import type { ApiErrorBodySchema } from './schemas/api.js';

/** Every error the product can report, with a stable code. */
export const ERROR_CODES = [
  'invalid_input',
  'prompt_injection',
  'rate_limited',
  'budget_exceeded',
  'no_api_key',
  'upstream_auth',
  'upstream_quota',
  'upstream_rate_limited',
  'upstream_unavailable',
  'upstream_timeout',
  'model_not_found',
  'output_invalid',
  'output_truncated',
  'not_found',
  'forbidden',
  'cross_site',
  'unauthenticated',
  'invalid_credentials',
  'database_unavailable',
  'cancelled',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** A message a job seeker understands, with what to do next. */
export const DEFAULT_ERROR_MESSAGES = {
  invalid_input: 'Some of the input is not valid. Check the highlighted field and try again.',
  prompt_injection:
    'The job description contains text that looks like instructions to the AI (for example "ignore previous instructions"). Remove that part and paste only the job posting.',
  rate_limited: 'You have reached the hourly generation limit. Wait until it resets, then try again.',
  budget_exceeded:
    'This generation would go over the spending budget set on the server. Wait until the budget resets, or raise it (BUDGET_USD_PER_DAY, BUDGET_USD_PER_MONTH, BUDGET_USD_PER_SESSION) and restart the app.',
  no_api_key:
    'No OpenAI API key is configured on the server. Add OPENAI_API_KEY to the .env file (or the environment) and restart the app.',
  upstream_auth:
    'The AI service rejected the API key. Check OPENAI_API_KEY in the .env file (and OPENAI_BASE_URL if you use another server), then restart the app.',
  upstream_quota:
    'The account behind the API key has no credit left. Add credit or raise the usage limit in its billing settings (for OpenAI: platform.openai.com, Billing); retrying will not help until then.',
  upstream_rate_limited:
    'The AI service is rate-limiting this API key. Wait a little and try again, or choose a different model.',
  upstream_unavailable: 'The AI service could not be reached or had a server error. Try again in a moment.',
  upstream_timeout:
    'The AI service took too long to answer. Try again; if it keeps happening, choose a faster model or raise OPENAI_TIMEOUT_MS.',
  model_not_found:
    'That model does not exist or this API key cannot use it. Choose another model in Advanced settings.',
  output_invalid:
    'The model replied in a shape the app could not read. Try again, or choose a different model or technique.',
  output_truncated:
    'The reply was cut off before it was complete. The questions already finished are kept; ask for fewer questions to get a complete set.',
  not_found: 'That item does not exist; it may have been deleted.',
  forbidden:
    'This server only answers requests addressed to localhost. Open the app at http://127.0.0.1 or http://localhost.',
  cross_site:
    'This request came from another website, so the app refused it: only pages of the app itself can change anything here. If you opened the app under another address (a reverse proxy, another host name or port), set PUBLIC_URL to that address and restart the app.',
  unauthenticated:
    'This server needs its access token. Reload the page and enter it, or send the header Authorization: Bearer <token> (the APP_TOKEN the server was started with).',
  invalid_credentials: 'That email and password do not match an account. Check both and try again.',
  database_unavailable:
    'The database does not answer. Try again in a moment; if it keeps happening, check that PostgreSQL (DATABASE_URL) is running.',
  cancelled: 'The generation was cancelled.',
  internal: 'Something went wrong on the server. Try again; if it keeps happening, check the server log.',
} as const satisfies Record<ErrorCode, string>;

export type AppErrorOptions = {
  message?: string;
  field?: string;
  retryAfterSeconds?: number;
  /** For `prompt_injection`: the passages to remove. */
  passages?: readonly string[];
  cause?: unknown;
};

/** The one error type the app raises: a stable code, a human message, and the cause for logs. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly field: string | undefined;
  readonly retryAfterSeconds: number | undefined;
  readonly passages: readonly string[] | undefined;

  constructor(code: ErrorCode, options: AppErrorOptions = {}) {
    super(options.message ?? DEFAULT_ERROR_MESSAGES[code], { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.field = options.field;
    this.retryAfterSeconds = options.retryAfterSeconds;
    this.passages = options.passages;
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}

/** The body every API error carries, over JSON and as the SSE `error` event (ApiErrorBodySchema). */
export type ApiErrorBody = z.infer<typeof ApiErrorBodySchema>;

export function toApiErrorBody(error: AppError): ApiErrorBody {
  return {
    code: error.code,
    message: error.message,
    ...(error.field ? { field: error.field } : {}),
    ...(error.retryAfterSeconds !== undefined ? { retryAfterSeconds: error.retryAfterSeconds } : {}),
    ...(error.passages && error.passages.length > 0 ? { passages: [...error.passages] } : {}),
  };
}
