import { describe, expect, it } from 'vitest';
import { DEFAULT_ERROR_MESSAGES, ERROR_CODES } from '../../core/errors.js';
import { describeError, formatWait, mentionsWait } from './describe-error.js';

describe('describeError', () => {
  it('has a title and keeps the server message for every error code', () => {
    for (const code of ERROR_CODES) {
      const description = describeError({ code, message: DEFAULT_ERROR_MESSAGES[code] });
      expect(description.title.length).toBeGreaterThan(3);
      expect(description.message).toBe(DEFAULT_ERROR_MESSAGES[code]);
      expect(description.detail).toBeNull();
    }
  });

  it('says when the local rate limit resets', () => {
    const description = describeError({ code: 'rate_limited', message: 'Limit.', retryAfterSeconds: 1500 });
    expect(description.detail).toBe('The limit resets in 25 minutes.');
  });

  it('does not repeat a wait the server message already gives', () => {
    const message = 'The next one frees up in about 12 minutes.';
    expect(describeError({ code: 'rate_limited', message, retryAfterSeconds: 700 }).detail).toBeNull();
  });

  it('adds no second, contradictory wait to a message that already says "a minute"', () => {
    const message = 'OpenAI is rate-limiting this API key. Wait a minute and try again.';
    expect(describeError({ code: 'upstream_rate_limited', message, retryAfterSeconds: 20 }).detail).toBeNull();
    expect(mentionsWait('Retry in 45 seconds.')).toBe(true);
    expect(mentionsWait('Try again in 30s')).toBe(true);
    expect(mentionsWait('Add credit to your account.')).toBe(false);
  });

  it('uses a title of its own when the error carries one', () => {
    expect(
      describeError({ code: 'upstream_unavailable', message: 'x', title: 'The app server could not be reached' }).title,
    ).toBe('The app server could not be reached');
  });

  it('says when to retry an upstream rate limit', () => {
    expect(describeError({ code: 'upstream_rate_limited', message: 'x', retryAfterSeconds: 20 }).detail).toBe(
      'Try again in 20 seconds.',
    );
  });

  it('formats waits in words', () => {
    expect(formatWait(1)).toBe('1 second');
    expect(formatWait(61)).toBe('2 minutes');
    expect(formatWait(3600)).toBe('60 minutes');
    expect(formatWait(7200)).toBe('2 h');
    expect(formatWait(5400)).toBe('90 minutes');
    expect(formatWait(9000)).toBe('2 h 30 min');
  });
});
