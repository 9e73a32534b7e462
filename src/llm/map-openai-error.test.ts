import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import { describe, expect, it } from 'vitest';
import { startFakeOpenAI } from '../../test/support/fake-openai-server.js';
import { fakeScenario, type FakeErrorBody, type FakeScenario } from '../../test/support/fake-openai-scenarios.js';
import { AppError, DEFAULT_ERROR_MESSAGES, type ErrorCode } from '../core/errors.js';
import type { LlmClientSettings } from './create-llm-client.js';
import { describeUpstreamError, mapOpenAIError, MESSAGES_FIELD } from './map-openai-error.js';
import type { StructuredOutputRequest } from './structured-output-request.js';
import { questionsRequest } from './testing/build-test-requests.js';
import { createRecordingLogger } from './testing/create-recording-logger.js';
import { createTestLlmClient, TEST_API_KEY } from './testing/create-test-llm-client.js';
import { drainStructuredOutput } from './testing/drain-structured-output.js';
import { useFakeServer } from './testing/use-fake-server.js';

const fake = useFakeServer(startFakeOpenAI);

async function run(
  request: StructuredOutputRequest = questionsRequest('gpt-4o-mini'),
  settings: Partial<LlmClientSettings> = {},
) {
  const logger = createRecordingLogger();
  const llm = createTestLlmClient(fake().baseURL, { timeoutMs: 2_000, logger, ...settings });
  const outcome = await drainStructuredOutput(
    llm.streamStructuredOutput(request, { signal: new AbortController().signal }),
  );
  return { ...outcome, logs: logger.entries };
}

/** An SDK error as the SDK builds it from an HTTP reply. */
function apiError(status: number, error: Partial<FakeErrorBody>, headers: Record<string, string> = {}): APIError {
  const body = { message: 'Something failed', type: 'invalid_request_error', param: null, code: null, ...error };
  return APIError.generate(status, { error: body }, undefined, new Headers({ 'x-request-id': 'req_123', ...headers }));
}

describe('upstream errors, over HTTP', () => {
  const cases: Array<{ name: string; scenarios: FakeScenario[]; code: ErrorCode; attempts: number }> = [
    {
      name: 'an invalid key (never retried)',
      scenarios: [fakeScenario.invalidApiKey()],
      code: 'upstream_auth',
      attempts: 1,
    },
    {
      name: 'a forbidden project',
      scenarios: [
        fakeScenario.errorReply(403, {
          message: 'Project does not have access',
          type: 'invalid_request_error',
          param: null,
          code: null,
        }),
      ],
      code: 'upstream_auth',
      attempts: 1,
    },
    {
      name: 'no credit left (never retried)',
      scenarios: [fakeScenario.insufficientQuota()],
      code: 'upstream_quota',
      attempts: 1,
    },
    {
      name: 'an exhausted credit balance',
      scenarios: [
        fakeScenario.errorReply(429, {
          message: 'Credit balance exhausted',
          type: 'insufficient_quota',
          param: null,
          code: 'credit_balance_exhausted',
        }),
      ],
      code: 'upstream_quota',
      attempts: 1,
    },
    { name: 'an unknown model', scenarios: [fakeScenario.modelNotFound()], code: 'model_not_found', attempts: 1 },
    {
      name: 'server errors on every attempt',
      scenarios: [fakeScenario.serverError(500), fakeScenario.serverError(502), fakeScenario.serverError(503)],
      code: 'upstream_unavailable',
      attempts: 3,
    },
    {
      name: 'another 4xx (never retried)',
      scenarios: [
        fakeScenario.errorReply(400, {
          message: 'Invalid value for messages',
          type: 'invalid_request_error',
          param: 'messages',
          code: 'invalid_value',
        }),
      ],
      code: 'output_invalid',
      attempts: 1,
    },
    {
      name: 'an input too long for the model',
      scenarios: [
        fakeScenario.errorReply(400, {
          message:
            "This model's maximum context length is 128000 tokens. However, your messages resulted in 130512 tokens.",
          type: 'invalid_request_error',
          param: 'messages',
          code: 'context_length_exceeded',
        }),
      ],
      code: 'invalid_input',
      attempts: 1,
    },
  ];
  it.each(cases)('maps $name to $code after $attempts attempt(s)', async ({ scenarios, code, attempts }) => {
    fake().enqueue(...scenarios);
    const { events, error, logs } = await run();

    expect(error?.code).toBe(code);
    expect(fake().requests).toHaveLength(attempts);
    // Nothing but a notice before each retry: no reply was opened, so no usage either.
    expect(events.map((event) => event.type)).toEqual(Array(attempts - 1).fill('retry'));
    expect(error?.message).not.toMatch(/sk-/);
    expect(JSON.stringify(logs)).not.toContain(TEST_API_KEY);
    expect(JSON.stringify(logs)).not.toContain('sk-inv');
  });

  it('uses the job-seeker message for each mapped code', async () => {
    fake().enqueue(fakeScenario.insufficientQuota());
    const { error } = await run();
    expect(error?.message).toBe(DEFAULT_ERROR_MESSAGES.upstream_quota);
  });

  it("answers a model id the server does not know with model_not_found, as OpenAI's 404 says", async () => {
    const { error } = await run(questionsRequest('does-not-exist'));
    expect(error?.code).toBe('model_not_found');
    expect(fake().requests).toHaveLength(1);
  });

  it("names the request's messages when the input is too long, so the caller can say which of its fields", async () => {
    fake().enqueue(
      fakeScenario.errorReply(413, {
        message: 'Request too large',
        type: 'invalid_request_error',
        param: null,
        code: null,
      }),
    );
    const { error } = await run();
    expect(error?.code).toBe('invalid_input');
    expect(error?.field).toBe(MESSAGES_FIELD);
    expect(MESSAGES_FIELD).toBe('messages');
    expect(error?.message).toMatch(/too long for this model/);
  });

  it('keeps the SDK error as the cause, for the logs', async () => {
    fake().enqueue(fakeScenario.invalidApiKey());
    const { error } = await run();
    expect(error?.cause).toBeInstanceOf(APIError);
    expect((error?.cause as APIError).status).toBe(401);
  });
});

describe('mapOpenAIError', () => {
  it.each<[string, unknown, ErrorCode]>([
    ['a user abort', new APIUserAbortError(), 'cancelled'],
    ['a connection timeout', new APIConnectionTimeoutError(), 'upstream_timeout'],
    ['a connection error', new APIConnectionError({ message: 'Connection error.' }), 'upstream_unavailable'],
    ['a fetch TypeError (connection cut)', new TypeError('terminated'), 'upstream_unavailable'],
    ['an unexpected error', new RangeError('bug'), 'internal'],
    ['a 401', apiError(401, { code: 'invalid_api_key' }), 'upstream_auth'],
    ['a 403', apiError(403, {}), 'upstream_auth'],
    ['a 404', apiError(404, { code: 'model_not_found' }), 'model_not_found'],
    ['a 408', apiError(408, {}), 'upstream_timeout'],
    ['a 429 rate limit', apiError(429, { code: 'rate_limit_exceeded' }), 'upstream_rate_limited'],
    [
      'a 429 insufficient_quota',
      apiError(429, { type: 'insufficient_quota', code: 'insufficient_quota' }),
      'upstream_quota',
    ],
    ['a 500', apiError(500, { type: 'server_error' }), 'upstream_unavailable'],
    [
      'an error inside the stream',
      new APIError(undefined, { message: 'boom', type: 'server_error' }, undefined, undefined),
      'upstream_unavailable',
    ],
    ['a context length error', apiError(400, { param: 'messages', code: 'context_length_exceeded' }), 'invalid_input'],
  ])('maps %s to %s', (_name, error, code) => {
    const mapped = mapOpenAIError(error);
    expect(mapped).toBeInstanceOf(AppError);
    expect(mapped.code).toBe(code);
    expect(mapped.cause).toBe(error);
  });

  it('passes an AppError through unchanged', () => {
    const error = new AppError('output_truncated');
    expect(mapOpenAIError(error)).toBe(error);
  });

  it('says when to retry a rate limit that names its wait', () => {
    const mapped = mapOpenAIError(apiError(429, { code: 'rate_limit_exceeded' }, { 'retry-after-ms': '1500' }));
    expect(mapped.retryAfterSeconds).toBe(2);
    expect(mapped.message).toContain('Try again in 2 seconds');
    const silent = mapOpenAIError(apiError(429, { code: 'rate_limit_exceeded' }));
    expect(silent.retryAfterSeconds).toBeUndefined();
    expect(silent.message).toBe(DEFAULT_ERROR_MESSAGES.upstream_rate_limited);
  });

  it('names the request field of a parameter the model refuses', () => {
    const temperature = mapOpenAIError(apiError(400, { param: 'temperature', code: 'unsupported_value' }));
    expect(temperature).toMatchObject({ code: 'invalid_input', field: 'temperature' });
    const effort = mapOpenAIError(apiError(400, { param: 'reasoning_effort', code: 'unsupported_parameter' }));
    expect(effort).toMatchObject({ code: 'invalid_input', field: 'reasoningEffort' });
  });

  it('explains a refused response format as a model that cannot answer in JSON', () => {
    const mapped = mapOpenAIError(
      apiError(400, { param: 'response_format', message: "Invalid parameter: 'response_format'" }),
    );
    expect(mapped.code).toBe('output_invalid');
    expect(mapped.message).toMatch(/does not support JSON output/);
    const other = mapOpenAIError(apiError(400, { param: 'messages', code: 'invalid_value' }));
    expect(other.code).toBe('output_invalid');
    expect(other.message).toMatch(/rejected the request/);
  });
});

describe('describeUpstreamError', () => {
  it('keeps what identifies the failure and redacts anything like a key', () => {
    const error = apiError(401, {
      message: `Incorrect API key provided: ${TEST_API_KEY}. Also sk-other_key-123 leaked.`,
      code: 'invalid_api_key',
    });
    const details = describeUpstreamError(error, TEST_API_KEY);
    expect(details).toMatchObject({
      errorClass: 'AuthenticationError',
      status: 401,
      code: 'invalid_api_key',
      type: 'invalid_request_error',
      requestId: 'req_123',
    });
    expect(JSON.stringify(details)).not.toContain(TEST_API_KEY);
    expect(JSON.stringify(details)).not.toContain('sk-other');
    expect(details['detail']).toContain('[redacted]');
  });

  it('describes errors that are not from the API, and values that are not errors', () => {
    expect(describeUpstreamError(new TypeError('terminated'), null)).toEqual({
      errorClass: 'TypeError',
      detail: 'terminated',
    });
    expect(describeUpstreamError('sk-abc leaked', null)).toEqual({ detail: 'sk-[redacted] leaked' });
  });
});
