import { describe, expect, it } from 'vitest';
import { startFakeOpenAI } from '../../test/support/fake-openai-server.js';
import { fakeScenario } from '../../test/support/fake-openai-scenarios.js';
import type { LlmClientSettings } from './create-llm-client.js';
import { questionsRequest } from './testing/build-test-requests.js';
import { createRecordingLogger } from './testing/create-recording-logger.js';
import { createTestLlmClient } from './testing/create-test-llm-client.js';
import { drainStructuredOutput, eventsOfType } from './testing/drain-structured-output.js';
import { useFakeServer } from './testing/use-fake-server.js';

// Retries of open-completion-stream.ts over HTTP, as retry-policy.ts decides them. The test
// client's jitter source is 0, so the backoff is exactly 0.5 s, then 1 s.
const fake = useFakeServer(startFakeOpenAI);
const run = (settings: Partial<LlmClientSettings> = {}) =>
  drainStructuredOutput(
    createTestLlmClient(fake().baseURL, settings).streamStructuredOutput(questionsRequest('gpt-4o-mini'), {
      signal: new AbortController().signal,
    }),
  );
const gapMs = (from: number, to: number) =>
  (fake().requests[to]?.receivedAt ?? 0) - (fake().requests[from]?.receivedAt ?? 0);

describe('retries', () => {
  it('yields a retry event before each wait, in order, with the attempt about to be made, then succeeds', async () => {
    fake().enqueue(fakeScenario.serverError(500), fakeScenario.serverError(502));
    const { events, receivedAt, error } = await run();

    expect(error).toBeNull();
    expect(fake().requests).toHaveLength(3);
    expect(events.slice(0, 3).map((event) => event.type)).toEqual(['retry', 'retry', 'opened']);
    expect(eventsOfType(events, 'retry').map((event) => event.notice)).toEqual([
      {
        attempt: 2,
        delaySeconds: 1,
        code: 'upstream_unavailable',
        message: 'The AI service had a temporary problem. Trying again in 1 s (attempt 2 of 3).',
      },
      {
        attempt: 3,
        delaySeconds: 1,
        code: 'upstream_unavailable',
        message: 'The AI service had a temporary problem. Trying again in 1 s (attempt 3 of 3).',
      },
    ]);
    // Each notice arrives before the wait it announces, not after it.
    expect(receivedAt[0]).toBeLessThan(fake().requests[1]?.receivedAt ?? 0);
    expect(receivedAt[1]).toBeLessThan(fake().requests[2]?.receivedAt ?? 0);
    expect(gapMs(0, 1)).toBeGreaterThanOrEqual(490);
    expect(gapMs(1, 2)).toBeGreaterThanOrEqual(990);
    expect(eventsOfType(events, 'element')).toHaveLength(3);
  });

  it('waits for retry-after on a rate limit, saying so, then succeeds on the second attempt', async () => {
    fake().enqueue(fakeScenario.rateLimited(1));
    const { error, events, elapsedMs } = await run();

    expect(error).toBeNull();
    expect(events[0]).toEqual({
      type: 'retry',
      notice: {
        attempt: 2,
        delaySeconds: 1,
        code: 'upstream_rate_limited',
        message: 'The AI service is rate-limiting requests. Trying again in 1 s (attempt 2 of 3).',
      },
    });
    expect(fake().requests).toHaveLength(2);
    expect(gapMs(0, 1)).toBeGreaterThanOrEqual(950);
    expect(elapsedMs).toBeLessThan(3_000);
  });

  it('honours retry-after-ms over its own backoff', async () => {
    fake().enqueue(
      fakeScenario.errorReply(
        429,
        { message: 'Rate limit reached', type: 'tokens', param: null, code: 'rate_limit_exceeded' },
        { 'retry-after-ms': '1200' },
      ),
    );
    const { error, events } = await run();
    expect(error).toBeNull();
    expect(eventsOfType(events, 'retry')[0]?.notice.delaySeconds).toBe(2);
    expect(gapMs(0, 1)).toBeGreaterThanOrEqual(1_150);
  });

  it('gives up at once with upstream_rate_limited when retry-after is beyond the retry budget', async () => {
    fake().enqueue(fakeScenario.rateLimited(60));
    const { error, events, elapsedMs } = await run({ retryPolicy: { maxTotalMs: 30_000 } });

    expect(error?.code).toBe('upstream_rate_limited');
    expect(error?.retryAfterSeconds).toBe(60);
    expect(error?.message).toContain('60 seconds');
    expect(events).toEqual([]);
    expect(fake().requests).toHaveLength(1);
    expect(elapsedMs).toBeLessThan(500);
  });

  it('retries a server error with backoff (jitter at most a quarter) and succeeds', async () => {
    fake().enqueue(fakeScenario.serverError(502));
    const { error, elapsedMs } = await run({ retryPolicy: { random: Math.random } });
    expect(error).toBeNull();
    expect(fake().requests).toHaveLength(2);
    expect(elapsedMs).toBeGreaterThanOrEqual(370); // 500 ms minus at most 25 % jitter
  });

  it('stops at maxAttempts', async () => {
    fake().setDefault(fakeScenario.serverError(503));
    const { error, events } = await run({ retryPolicy: { maxAttempts: 2 } });
    expect(error?.code).toBe('upstream_unavailable');
    expect(fake().requests).toHaveLength(2);
    expect(events.map((event) => event.type)).toEqual(['retry']);
  });

  it('retries a connection dropped before any content', async () => {
    fake().enqueue(fakeScenario.streamReply({ dropAfterChunks: 0 }));
    const { error, events } = await run();
    expect(error).toBeNull();
    expect(fake().requests).toHaveLength(2);
    expect(events.map((event) => event.type).slice(0, 2)).toEqual(['retry', 'opened']);
    expect(eventsOfType(events, 'element')).toHaveLength(3);
  });

  it('retries an error the server sends inside the stream before any content', async () => {
    fake().enqueue(
      fakeScenario.streamReply({
        errorAfterChunks: {
          chunks: 0,
          error: { message: 'The server had an error', type: 'server_error', param: null, code: null },
        },
      }),
    );
    const { error } = await run();
    expect(error).toBeNull();
    expect(fake().requests).toHaveLength(2);
  });

  it('logs each retry at warn', async () => {
    const logger = createRecordingLogger();
    fake().enqueue(fakeScenario.serverError(500));
    await run({ logger });
    const retries = logger.entries.filter((entry) => entry.message === 'Upstream request failed; retrying');
    expect(retries).toHaveLength(1);
    expect(retries[0]).toMatchObject({
      level: 'warn',
      details: { model: 'gpt-4o-mini', attempt: 1, delayMs: 500, status: 500 },
    });
  });
});
