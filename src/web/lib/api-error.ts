import { ERROR_CODES, type ApiErrorBody, type ErrorCode } from '../../core/errors.js';
import { ApiErrorBodySchema } from '../../core/schemas/api.js';
import type { ShownError } from './describe-error.js';

/**
 * An error the API reported (JSON 4xx/5xx or the SSE `error` event), or a transport failure
 * mapped onto the same vocabulary so the UI has one way to explain it.
 */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly field: string | undefined;
  readonly retryAfterSeconds: number | undefined;
  readonly status: number | undefined;
  /** A heading of its own, for failures the code's usual title would misdescribe. */
  readonly title: string | undefined;
  /** For `prompt_injection`: the passages to remove (the "Remove it and generate" button). */
  readonly passages: readonly string[] | undefined;

  constructor(body: ShownError, status?: number) {
    super(body.message);
    this.name = 'ApiError';
    this.code = body.code;
    this.field = body.field;
    this.retryAfterSeconds = body.retryAfterSeconds;
    this.status = status;
    this.title = body.title;
    this.passages = body.passages;
  }

  /** The plain body, for state that must stay serialisable. */
  toBody(): ShownError {
    return {
      ...(this.title ? { title: this.title } : {}),
      code: this.code,
      message: this.message,
      ...(this.field ? { field: this.field } : {}),
      ...(this.retryAfterSeconds !== undefined ? { retryAfterSeconds: this.retryAfterSeconds } : {}),
      ...(this.passages ? { passages: [...this.passages] } : {}),
    };
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}

function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}

/** Reads `{error:{code,message,...}}` from a failed response; anything else becomes a generic error. */
export async function apiErrorFromResponse(response: Response): Promise<ApiError> {
  const retryHeader = Number(response.headers.get('retry-after'));
  let payload: unknown = null;
  try {
    payload = await response.json();
  } catch {
    // Not JSON (a proxy's HTML page, an empty body): fall through to the generic message.
  }
  const error = (payload as { error?: Partial<ApiErrorBody> } | null)?.error;
  if (error && isErrorCode(error.code) && typeof error.message === 'string') {
    const retryAfterSeconds =
      error.retryAfterSeconds ?? (Number.isFinite(retryHeader) && retryHeader > 0 ? retryHeader : undefined);
    // Checked with the server's own schema: a malformed list is dropped, the message still shows.
    const passages = ApiErrorBodySchema.shape.passages.safeParse(error.passages).data;
    return new ApiError(
      {
        code: error.code,
        message: error.message,
        ...(error.field ? { field: error.field } : {}),
        ...(retryAfterSeconds !== undefined ? { retryAfterSeconds } : {}),
        ...(passages ? { passages } : {}),
      },
      response.status,
    );
  }
  const code: ErrorCode = response.status === 404 ? 'not_found' : response.status === 429 ? 'rate_limited' : 'internal';
  return new ApiError({ code, message: `The server answered with HTTP ${response.status}.` }, response.status);
}

/** Heading of a failure to reach the app server itself (not the AI service behind it). */
export const APP_SERVER_UNREACHABLE = 'The app server could not be reached';

/** A network failure (server down, connection reset) as an ApiError. */
export function networkError(): ApiError {
  return new ApiError({
    code: 'upstream_unavailable',
    title: APP_SERVER_UNREACHABLE,
    message: 'The app server could not be reached. Check that it is still running, then try again.',
  });
}
