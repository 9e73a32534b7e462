import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startFakeOpenAI, type FakeOpenAI } from '../../test/support/fake-openai-server.js';
import { fakeScenario, type FakeScenario } from '../../test/support/fake-openai-scenarios.js';
import { AppError, DEFAULT_ERROR_MESSAGES, type ErrorCode } from '../core/errors.js';
import type { GenerationRequest } from '../core/schemas/generation-request.js';
import { createLlmClient, type LlmClientSettings } from './create-llm-client.js';
import type { LlmEvent } from './llm-event.js';

const API_KEY = 'sk-proj-secret-test-key-1234567890';
const BASE_REQUEST: GenerationRequest = {
  jobDescription:
    'Product manager for a B2B invoicing app: own the roadmap, run discovery interviews, work with design and engineering.',
  interviewType: 'behavioral',
  experienceLevel: 'mid',
  technique: 'zero_shot',
  questionCount: 3,
  language: 'English',
};

let fake: FakeOpenAI;
beforeAll(async () => {
  fake = await startFakeOpenAI();
});
afterEach(() => fake.reset());
afterAll(() => fake.close());

type Outcome = { events: LlmEvent[]; error: AppError | null; elapsedMs: number; logs: unknown[] };

async function run(options: { settings?: Partial<LlmClientSettings>; signal?: AbortSignal; onEvent?: (event: LlmEvent) => void } = {}): Promise<Outcome> {
  const logs: unknown[] = [];
  const record = (details: object, message: string) => void logs.push({ details, message });
  const llm = createLlmClient({
    apiKey: API_KEY,
    baseURL: fake.baseURL,
    timeoutMs: 2_000,
    defaultModel: 'gpt-4o-mini',
    logger: { info: record, warn: record, error: record },
    ...options.settings,
  });
  const events: LlmEvent[] = [];
  const startedAt = Date.now();
  try {
    for await (const event of llm.streamGeneration(BASE_REQUEST, { signal: options.signal ?? new AbortController().signal })) {
      events.push(event);
      options.onEvent?.(event);
    }
    return { events, error: null, elapsedMs: Date.now() - startedAt, logs };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { events, error, elapsedMs: Date.now() - startedAt, logs };
  }
}

describe('upstream errors', () => {
  const cases: Array<{ name: string; scenarios: FakeScenario[]; code: ErrorCode; attempts: number }> = [
    { name: 'an invalid key (never retried)', scenarios: [fakeScenario.invalidApiKey()], code: 'upstream_auth', attempts: 1 },
    {
      name: 'a forbidden project',
      scenarios: [fakeScenario.errorReply(403, { message: 'Project does not have access', type: 'invalid_request_error', param: null, code: null })],
      code: 'upstream_auth',
      attempts: 1,
    },
    { name: 'no credit left (never retried)', scenarios: [fakeScenario.insufficientQuota()], code: 'upstream_quota', attempts: 1 },
    {
      name: 'an exhausted credit balance',
      scenarios: [fakeScenario.errorReply(429, { message: 'Credit balance exhausted', type: 'insufficient_quota', param: null, code: 'credit_balance_exhausted' })],
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
      scenarios: [fakeScenario.errorReply(400, { message: 'Invalid value for messages', type: 'invalid_request_error', param: 'messages', code: 'invalid_value' })],
      code: 'output_invalid',
      attempts: 1,
    },
  ];
  it.each(cases)('maps $name to $code after $attempts attempt(s)', async ({ scenarios, code, attempts }) => {
    fake.enqueue(...scenarios);
    const { events, error, logs } = await run();

    expect(error?.code).toBe(code);
    expect(fake.requests).toHaveLength(attempts);
    // Nothing but a notice before each retry.
    expect(events.map((event) => event.type)).toEqual(Array(attempts - 1).fill('retry'));
    expect(error?.message).not.toMatch(/sk-/);
    expect(JSON.stringify(logs)).not.toContain(API_KEY);
    expect(JSON.stringify(logs)).not.toContain('sk-inv');
  });

  it('uses the job-seeker message for each mapped code', async () => {
    fake.enqueue(fakeScenario.insufficientQuota());
    const { error } = await run();
    expect(error?.message).toBe(DEFAULT_ERROR_MESSAGES.upstream_quota);
  });

  it("answers a model id the server does not know with model_not_found, as OpenAI's 404 says", async () => {
    const { error } = await run({ settings: { defaultModel: 'does-not-exist' } });
    expect(error?.code).toBe('model_not_found');
    expect(fake.requests).toHaveLength(1);
  });
});

describe('retries', () => {
  it('waits for retry-after on a rate limit, then succeeds on the second attempt', async () => {
    fake.enqueue(fakeScenario.rateLimited(1));
    const { error, events, elapsedMs } = await run();

    expect(error).toBeNull();
    expect(events.some((event) => event.type === 'result')).toBe(true);
    expect(fake.requests).toHaveLength(2);
    const gap = (fake.requests[1]?.receivedAt ?? 0) - (fake.requests[0]?.receivedAt ?? 0);
    expect(gap).toBeGreaterThanOrEqual(950);
    expect(elapsedMs).toBeLessThan(3_000);
  });

  it('honours retry-after-ms over its own backoff', async () => {
    fake.enqueue(
      fakeScenario.errorReply(
        429,
        { message: 'Rate limit reached', type: 'tokens', param: null, code: 'rate_limit_exceeded' },
        { 'retry-after-ms': '1200' },
      ),
    );
    const { error } = await run();
    expect(error).toBeNull();
    const gap = (fake.requests[1]?.receivedAt ?? 0) - (fake.requests[0]?.receivedAt ?? 0);
    expect(gap).toBeGreaterThanOrEqual(1_150);
  });

  it('gives up at once with upstream_rate_limited when retry-after is beyond the retry budget', async () => {
    fake.enqueue(fakeScenario.rateLimited(60));
    const { error, elapsedMs } = await run({ settings: { maxRetryTotalMs: 30_000 } });

    expect(error?.code).toBe('upstream_rate_limited');
    expect(error?.retryAfterSeconds).toBe(60);
    expect(fake.requests).toHaveLength(1);
    expect(elapsedMs).toBeLessThan(500);
  });

  it('retries a server error with backoff and succeeds', async () => {
    fake.enqueue(fakeScenario.serverError(502));
    const { error, elapsedMs } = await run();
    expect(error).toBeNull();
    expect(fake.requests).toHaveLength(2);
    expect(elapsedMs).toBeGreaterThanOrEqual(370); // 500 ms minus at most 25 % jitter
  });

  it('stops at maxAttempts', async () => {
    fake.setDefault(fakeScenario.serverError(503));
    const { error } = await run({ settings: { maxAttempts: 2 } });
    expect(error?.code).toBe('upstream_unavailable');
    expect(fake.requests).toHaveLength(2);
  });

  it('retries a connection dropped before any content', async () => {
    fake.enqueue(fakeScenario.streamReply({ dropAfterChunks: 0 }));
    const { error, events } = await run();
    expect(error).toBeNull();
    expect(fake.requests).toHaveLength(2);
    expect(events.filter((event) => event.type === 'question')).toHaveLength(3);
  });
});

describe('failures while streaming', () => {
  it('fails with upstream_timeout when the server never answers, and closes the request', async () => {
    fake.enqueue(fakeScenario.hang());
    const { error, elapsedMs } = await run({ settings: { timeoutMs: 300 } });

    expect(error?.code).toBe('upstream_timeout');
    expect(fake.requests).toHaveLength(1);
    expect(elapsedMs).toBeLessThan(1_500);
    await vi.waitFor(() => expect(fake.requests[0]?.aborted).toBe(true));
  });

  it('fails with upstream_timeout when the stream goes silent midway, keeping the questions already sent', async () => {
    fake.enqueue(fakeScenario.streamReply({ chunkSize: 10, hangAfterChunks: 150 }));
    const { error, events } = await run({ settings: { timeoutMs: 300 } });

    expect(error?.code).toBe('upstream_timeout');
    expect(events[0]?.type).toBe('prompt');
    expect(events.filter((event) => event.type === 'question').length).toBeGreaterThanOrEqual(1);
    expect(fake.requests).toHaveLength(1);
    await vi.waitFor(() => expect(fake.requests[0]?.aborted).toBe(true));
  });

  it('fails with upstream_unavailable when the connection drops mid-reply, without retrying', async () => {
    fake.enqueue(fakeScenario.streamReply({ chunkSize: 10, dropAfterChunks: 150 }));
    const { error, events } = await run();

    expect(error?.code).toBe('upstream_unavailable');
    expect(events.filter((event) => event.type === 'question').length).toBeGreaterThanOrEqual(1);
    expect(fake.requests).toHaveLength(1);
  });

  it('fails with upstream_unavailable on an error event inside the stream', async () => {
    fake.enqueue(
      fakeScenario.streamReply({
        errorAfterChunks: { chunks: 40, error: { message: 'The server had an error', type: 'server_error', param: null, code: null } },
      }),
    );
    const { error } = await run();
    expect(error?.code).toBe('upstream_unavailable');
    expect(fake.requests).toHaveLength(1);
  });
});

describe('cancel', () => {
  it('aborts the upstream request as soon as the signal aborts', async () => {
    fake.enqueue(fakeScenario.streamReply({ chunkSize: 5, chunkDelayMs: 5 }));
    const controller = new AbortController();
    const { error, events } = await run({
      signal: controller.signal,
      onEvent: (event) => {
        if (event.type === 'question') controller.abort();
      },
    });

    expect(error?.code).toBe('cancelled');
    expect(events.filter((event) => event.type === 'question')).toHaveLength(1);
    await vi.waitFor(() => expect(fake.requests[0]?.aborted).toBe(true));
    expect(fake.requests[0]?.completed).toBe(false);
  });

  it('cancels while waiting to retry', async () => {
    fake.enqueue(fakeScenario.rateLimited(5));
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const { error, elapsedMs } = await run({ signal: controller.signal });
    expect(error?.code).toBe('cancelled');
    expect(elapsedMs).toBeLessThan(1_000);
    expect(fake.requests).toHaveLength(1);
  });

  it('cancels while the server has not answered yet', async () => {
    fake.enqueue(fakeScenario.hang());
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const { error, elapsedMs } = await run({ signal: controller.signal });
    expect(error?.code).toBe('cancelled');
    expect(elapsedMs).toBeLessThan(1_000);
    await vi.waitFor(() => expect(fake.requests[0]?.aborted).toBe(true));
  });

  it('sends nothing when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const { error } = await run({ signal: controller.signal });
    expect(error?.code).toBe('cancelled');
    expect(fake.requests).toHaveLength(0);
  });
});
