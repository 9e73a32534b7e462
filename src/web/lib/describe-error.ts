import type { ApiErrorBody, ErrorCode } from '../../core/errors.js';

/** A short heading for each error code; the server's message says what happened and what to do. */
export const ERROR_TITLES = {
  invalid_input: 'Check the form',
  prompt_injection: 'The job description was rejected',
  rate_limited: 'Hourly limit reached',
  budget_exceeded: 'Spending budget reached',
  no_api_key: 'No API key configured',
  upstream_auth: 'API key rejected',
  upstream_quota: 'No credit left on the API key',
  upstream_rate_limited: 'The AI service is rate-limiting this key',
  upstream_unavailable: 'AI service unavailable',
  upstream_timeout: 'The AI service timed out',
  model_not_found: 'Model not available',
  output_invalid: "The model's reply could not be used",
  output_truncated: 'The reply was cut off',
  not_found: 'Not found',
  forbidden: 'Not allowed',
  cross_site: 'Request from another site refused',
  unauthenticated: 'Access token needed',
  invalid_credentials: 'Sign-in failed',
  database_unavailable: 'Database unavailable',
  cancelled: 'Cancelled',
  internal: 'Something went wrong',
} as const satisfies Record<ErrorCode, string>;

/** "about 3 minutes", "45 seconds": a wait a person can act on. */
export function formatWait(seconds: number): string {
  const rounded = Math.max(1, Math.ceil(seconds));
  if (rounded < 60) return `${rounded} second${rounded === 1 ? '' : 's'}`;
  const minutes = Math.ceil(rounded / 60);
  if (minutes <= 90) return `${minutes} minute${minutes === 1 ? '' : 's'}`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return `${hours} h${rest ? ` ${rest} min` : ''}`;
}

/** An error as the page shows it: the API's body, with a title of its own where the code's is wrong. */
export type ShownError = ApiErrorBody & { title?: string };

/** True when a message already says how long to wait ("Wait a minute", "in 20 seconds"). */
export function mentionsWait(message: string): boolean {
  return /\b(?:seconds?|minutes?|hours?)\b|\d+\s*(?:s|sec|min|h)\b/i.test(message);
}

export type ErrorDescription = { title: string; message: string; detail: string | null };

/** Everything the error banner shows for an API error. */
export function describeError(error: ShownError): ErrorDescription {
  let detail: string | null = null;
  // The server's message may already say when; do not say it twice, or differently.
  if (error.retryAfterSeconds !== undefined && error.retryAfterSeconds > 0 && !mentionsWait(error.message)) {
    const wait = formatWait(error.retryAfterSeconds);
    detail = error.code === 'rate_limited' ? `The limit resets in ${wait}.` : `Try again in ${wait}.`;
  }
  return { title: error.title ?? ERROR_TITLES[error.code], message: error.message, detail };
}
