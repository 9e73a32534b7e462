/** Token counts the fake reports; each may be overridden in a scenario. */
export type FakeUsage = {
  promptTokens: number;
  completionTokens: number;
  cachedTokens: number;
  reasoningTokens: number;
};

/** The body of an OpenAI error: `{ error: FakeErrorBody }`. */
export type FakeErrorBody = { message: string; type: string; param: string | null; code: string | null };

export type FinishReason = 'stop' | 'length' | 'content_filter';

/** Content given as text, or derived from the reply the fake model would write for this request. */
export type FakeContent = string | ((defaultContent: string) => string);

type ReplyOptions = {
  content?: FakeContent;
  finishReason?: FinishReason;
  /** Merged over realistic counts; 'omit' sends no usage at all. */
  usage?: Partial<FakeUsage> | 'omit';
  /** Apply the real model's parameter checks first (default true). */
  checkParameters?: boolean;
  /** Cut the content inside question number N+1, keeping N complete questions. */
  truncateAfterQuestions?: number;
};

export type FakeStreamScenario = ReplyOptions & {
  kind: 'stream';
  /** Characters per content chunk; 'random' draws 1-6 from `seed` (default 'random'). */
  chunkSize?: number | 'random';
  seed?: number;
  chunkDelayMs?: number;
  /**
   * Paces content like a model decoding at this rate (a token counted as 4 characters, as in the
   * reported usage): each chunk leaves when the tokens before it are due after the first token, on
   * a fixed schedule that timer lateness does not accumulate into. Added to `chunkDelayMs` if both are set.
   */
  tokensPerSecond?: number;
  firstTokenDelayMs?: number;
  /** Send `data: {"error": ...}` after this many content chunks, then end the stream. */
  errorAfterChunks?: { chunks: number; error: FakeErrorBody };
  /** Destroy the socket after this many content chunks. */
  dropAfterChunks?: number;
  /** Stop sending (keeping the connection open) after this many content chunks. */
  hangAfterChunks?: number;
};
export type FakeJsonScenario = ReplyOptions & { kind: 'json' };
export type FakeErrorScenario = {
  kind: 'error';
  status: number;
  error: FakeErrorBody;
  headers?: Record<string, string>;
};
export type FakeHangScenario = { kind: 'hang' };
export type FakeScenario = FakeStreamScenario | FakeJsonScenario | FakeErrorScenario | FakeHangScenario;

/** The body of an OpenAI 400 `invalid_request_error`. */
export function invalidRequest(message: string, param: string | null, code: string | null): FakeErrorBody {
  return { message, type: 'invalid_request_error', param, code };
}

/** Named scenarios, each reproducing what OpenAI really sends. */
export const fakeScenario = {
  streamReply: (options: Omit<FakeStreamScenario, 'kind'> = {}): FakeStreamScenario => ({ kind: 'stream', ...options }),
  jsonReply: (options: Omit<FakeJsonScenario, 'kind'> = {}): FakeJsonScenario => ({ kind: 'json', ...options }),
  errorReply: (status: number, error: FakeErrorBody, headers?: Record<string, string>): FakeErrorScenario => ({
    kind: 'error',
    status,
    error,
    ...(headers ? { headers } : {}),
  }),
  invalidApiKey: (): FakeErrorScenario =>
    fakeScenario.errorReply(
      401,
      invalidRequest(
        'Incorrect API key provided: sk-inv****. You can find your API key at https://platform.openai.com/account/api-keys.',
        null,
        'invalid_api_key',
      ),
    ),
  insufficientQuota: (): FakeErrorScenario =>
    fakeScenario.errorReply(429, {
      message:
        'You exceeded your current quota, please check your plan and billing details. For more information on this error, read the docs: https://platform.openai.com/docs/guides/error-codes/api-errors.',
      type: 'insufficient_quota',
      param: null,
      code: 'insufficient_quota',
    }),
  rateLimited: (retryAfterSeconds: number): FakeErrorScenario =>
    fakeScenario.errorReply(
      429,
      {
        message: `Rate limit reached for requests per min (RPM): Limit 3, Used 3, Requested 1. Please try again in ${retryAfterSeconds}s.`,
        type: 'requests',
        param: null,
        code: 'rate_limit_exceeded',
      },
      {
        'retry-after': String(retryAfterSeconds),
        'x-ratelimit-limit-requests': '3',
        'x-ratelimit-remaining-requests': '0',
      },
    ),
  serverError: (status: 500 | 502 | 503 = 500): FakeErrorScenario =>
    fakeScenario.errorReply(status, {
      message:
        status === 503
          ? 'The engine is currently overloaded, please try again later.'
          : 'The server had an error while processing your request. Sorry about that!',
      type: 'server_error',
      param: null,
      code: null,
    }),
  modelNotFound: (model = 'does-not-exist'): FakeErrorScenario =>
    fakeScenario.errorReply(
      404,
      invalidRequest(`The model \`${model}\` does not exist or you do not have access to it.`, null, 'model_not_found'),
    ),
  unsupportedParameter: (param: string): FakeErrorScenario =>
    fakeScenario.errorReply(
      400,
      invalidRequest(
        `Unsupported parameter: '${param}' is not supported with this model.`,
        param,
        'unsupported_parameter',
      ),
    ),
  unsupportedValue: (param: string, value: unknown = 0.7): FakeErrorScenario =>
    fakeScenario.errorReply(
      400,
      invalidRequest(
        `Unsupported value: '${param}' does not support ${String(value)} with this model. Only the default (1) value is supported.`,
        param,
        'unsupported_value',
      ),
    ),
  jsonSchemaUnsupported: (): FakeErrorScenario =>
    fakeScenario.errorReply(
      400,
      invalidRequest(
        "Invalid parameter: 'response_format' of type 'json_schema' is not supported with this model.",
        'response_format',
        null,
      ),
    ),
  jsonObjectUnsupported: (): FakeErrorScenario =>
    fakeScenario.errorReply(
      400,
      invalidRequest(
        "Invalid parameter: 'response_format' of type 'json_object' is not supported with this model.",
        'response_format',
        null,
      ),
    ),
  hang: (): FakeHangScenario => ({ kind: 'hang' }),
  malformedContent: (): FakeStreamScenario =>
    fakeScenario.streamReply({
      content: 'Sure! Here are some questions:\n1. Tell me about yourself.\n2. Why this company? {not json',
    }),
  truncated: (completeQuestions = 1): FakeStreamScenario =>
    fakeScenario.streamReply({ finishReason: 'length', truncateAfterQuestions: completeQuestions }),
};
