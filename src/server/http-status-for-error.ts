import type { ErrorCode } from '../core/errors.js';

/** The one table from error code to HTTP status. */
export const HTTP_STATUS_FOR_ERROR = {
  invalid_input: 400,
  prompt_injection: 400,
  rate_limited: 429,
  budget_exceeded: 429,
  no_api_key: 503,
  upstream_auth: 502,
  upstream_quota: 402,
  upstream_rate_limited: 429,
  upstream_unavailable: 502,
  upstream_timeout: 504,
  model_not_found: 400,
  output_invalid: 502,
  output_truncated: 502,
  not_found: 404,
  forbidden: 403,
  cross_site: 403,
  unauthenticated: 401,
  invalid_credentials: 401,
  database_unavailable: 503,
  cancelled: 499,
  internal: 500,
} as const satisfies Record<ErrorCode, number>;
