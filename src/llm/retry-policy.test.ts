import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import { describe, expect, it } from 'vitest';
import { AppError } from '../core/errors.js';
import { RetryNoticeSchema } from '../core/schemas/model-stream.js';
import {
  backoffDelayMs,
  DEFAULT_RETRY_POLICY,
  isRetryableUpstreamError,
  retryDelayMs,
  retryNoticeFor,
  waitBeforeRetry,
  type RetryPolicy,
} from './retry-policy.js';

/** An SDK error as the SDK builds it from an HTTP reply. */
function apiError(
  status: number,
  error: { type?: string; code?: string | null } = {},
  headers: Record<string, string> = {},
): APIError {
  const body = { message: 'failed', type: 'invalid_request_error', param: null, code: null, ...error };
  return APIError.generate(status, { error: body }, undefined, new Headers(headers));
}

const rateLimit = (headers: Record<string, string> = {}) =>
  apiError(429, { type: 'requests', code: 'rate_limit_exceeded' }, headers);
const POLICY: RetryPolicy = { maxAttempts: 3, maxTotalMs: 30_000, random: () => 0 };
const farDeadline = () => Date.now() + 60_000;

describe('isRetryableUpstreamError', () => {
  it.each<[string, unknown]>([
    ['a 429 rate limit', rateLimit()],
    ['a 500', apiError(500, { type: 'server_error' })],
    ['a 502', apiError(502, { type: 'server_error' })],
    ['a 503', apiError(503, { type: 'server_error' })],
    [
      'an error sent inside the stream',
      new APIError(undefined, { message: 'boom', type: 'server_error' }, undefined, undefined),
    ],
    ['a connection error', new APIConnectionError({ message: 'Connection error.' })],
    ['a fetch TypeError (connection cut while reading)', new TypeError('terminated')],
  ])('retries %s', (_name, error) => {
    expect(isRetryableUpstreamError(error)).toBe(true);
  });

  it.each<[string, unknown]>([
    ['a 429 insufficient_quota', apiError(429, { type: 'insufficient_quota', code: 'insufficient_quota' })],
    ['a 429 credit_balance_exhausted', apiError(429, { type: 'insufficient_quota', code: 'credit_balance_exhausted' })],
    ['a 401', apiError(401, { code: 'invalid_api_key' })],
    ['a 403', apiError(403)],
    ['a 400', apiError(400, { code: 'invalid_value' })],
    ['a 404', apiError(404, { code: 'model_not_found' })],
    ['a 408 (the SDK would retry it)', apiError(408)],
    ['a 409 (the SDK would retry it)', apiError(409)],
    [
      'an invalid request sent inside the stream',
      new APIError(undefined, { message: 'bad', type: 'invalid_request_error' }, undefined, undefined),
    ],
    ['a connection timeout', new APIConnectionTimeoutError()],
    ['a user abort', new APIUserAbortError()],
    ['an AppError timeout', new AppError('upstream_timeout')],
    ['an AppError cancel', new AppError('cancelled')],
    ['an unexpected error', new RangeError('bug')],
  ])('never retries %s', (_name, error) => {
    expect(isRetryableUpstreamError(error)).toBe(false);
  });
});

describe('backoffDelayMs', () => {
  it('doubles from 0.5 s and stops growing at 8 s', () => {
    const delays = [1, 2, 3, 4, 5, 6, 10].map((retry) => backoffDelayMs(retry, () => 0));
    expect(delays).toEqual([500, 1_000, 2_000, 4_000, 8_000, 8_000, 8_000]);
  });

  it('shortens each delay by up to a quarter with jitter', () => {
    expect(backoffDelayMs(1, () => 0.5)).toBe(438); // 500 * 0.875, rounded
    expect(backoffDelayMs(3, () => 0.5)).toBe(1_750);
    expect(backoffDelayMs(9, () => 0.5)).toBe(7_000); // the 8 s cap, shortened too
    for (let retry = 1; retry <= 8; retry += 1) {
      const delay = backoffDelayMs(retry);
      const full = Math.min(8_000, 500 * 2 ** (retry - 1));
      expect(delay).toBeGreaterThanOrEqual(full * 0.75);
      expect(delay).toBeLessThanOrEqual(full);
    }
  });
});

describe('retryDelayMs', () => {
  it('backs off after a retryable error while attempts are left', () => {
    expect(retryDelayMs(apiError(500), 1, farDeadline(), POLICY)).toBe(500);
    expect(retryDelayMs(apiError(500), 2, farDeadline(), POLICY)).toBe(1_000);
    expect(retryDelayMs(apiError(500), 3, farDeadline(), POLICY)).toBeNull();
  });

  it('gives up at once on an error that is not retryable', () => {
    expect(retryDelayMs(apiError(401), 1, farDeadline(), POLICY)).toBeNull();
    expect(
      retryDelayMs(apiError(429, { type: 'insufficient_quota', code: 'insufficient_quota' }), 1, farDeadline(), POLICY),
    ).toBeNull();
  });

  it('honours retry-after (seconds or HTTP date) and retry-after-ms over its own backoff', () => {
    expect(retryDelayMs(rateLimit({ 'retry-after': '2' }), 1, farDeadline(), POLICY)).toBe(2_000);
    expect(retryDelayMs(rateLimit({ 'retry-after-ms': '1250', 'retry-after': '9' }), 1, farDeadline(), POLICY)).toBe(
      1_250,
    );
    const date = new Date(Date.now() + 5_000).toUTCString();
    expect(retryDelayMs(rateLimit({ 'retry-after': date }), 1, farDeadline(), POLICY)).toBeGreaterThan(3_000);
    expect(retryDelayMs(rateLimit({ 'retry-after': 'soon' }), 1, farDeadline(), POLICY)).toBe(500);
  });

  it('gives up when the wait would end after the deadline', () => {
    const deadline = Date.now() + 1_500;
    expect(retryDelayMs(rateLimit({ 'retry-after': '1' }), 1, deadline, POLICY)).toBe(1_000);
    expect(retryDelayMs(rateLimit({ 'retry-after': '2' }), 1, deadline, POLICY)).toBeNull();
    expect(retryDelayMs(apiError(500), 1, Date.now() + 100, POLICY)).toBeNull();
  });

  it('makes three attempts within 30 s by default', () => {
    expect(DEFAULT_RETRY_POLICY).toMatchObject({ maxAttempts: 3, maxTotalMs: 30_000 });
  });
});

describe('retryNoticeFor', () => {
  it('tells a rate limit from a server problem, with the attempt about to be made', () => {
    const rateLimited = retryNoticeFor(rateLimit(), 2, 1_200, POLICY);
    expect(rateLimited).toEqual({
      attempt: 2,
      delaySeconds: 2,
      code: 'upstream_rate_limited',
      message: 'The AI service is rate-limiting requests. Trying again in 2 s (attempt 2 of 3).',
    });
    expect(RetryNoticeSchema.parse(rateLimited)).toEqual(rateLimited);

    const unavailable = retryNoticeFor(new TypeError('terminated'), 3, 500, POLICY);
    expect(unavailable).toMatchObject({ attempt: 3, delaySeconds: 1, code: 'upstream_unavailable' });
    expect(unavailable.message).toBe('The AI service had a temporary problem. Trying again in 1 s (attempt 3 of 3).');
  });
});

describe('waitBeforeRetry', () => {
  it('waits the given time', async () => {
    const startedAt = Date.now();
    await waitBeforeRetry(120, new AbortController().signal);
    expect(Date.now() - startedAt).toBeGreaterThanOrEqual(110);
  });

  it('ends with cancelled as soon as the signal aborts', async () => {
    const controller = new AbortController();
    const startedAt = Date.now();
    setTimeout(() => controller.abort(), 30);
    const error = await waitBeforeRetry(10_000, controller.signal).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('cancelled');
    expect(Date.now() - startedAt).toBeLessThan(500);
  });

  it('fails at once with cancelled when the signal has already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(waitBeforeRetry(10_000, controller.signal)).rejects.toMatchObject({ code: 'cancelled' });
  });
});
