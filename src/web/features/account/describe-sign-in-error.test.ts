import { describe, expect, it } from 'vitest';
import { DEFAULT_ERROR_MESSAGES } from '../../../core/errors.js';
import { networkError } from '../../lib/api-error.js';
import { describeSignInError } from './describe-sign-in-error.js';

describe('describeSignInError', () => {
  it('wrong credentials: a heading of its own and the server message', () => {
    expect(
      describeSignInError({ code: 'invalid_credentials', message: DEFAULT_ERROR_MESSAGES.invalid_credentials }),
    ).toEqual({
      kind: 'form',
      title: 'Wrong email or password',
      message: DEFAULT_ERROR_MESSAGES.invalid_credentials,
    });
  });

  it('too many tries: says when to retry, once', () => {
    const said = 'Too many sign-in attempts for this email. Try again in about 14 minutes.';
    expect(describeSignInError({ code: 'rate_limited', message: said, retryAfterSeconds: 820 })).toEqual({
      kind: 'form',
      title: 'Too many sign-in attempts',
      message: said,
    });
    expect(
      describeSignInError({ code: 'rate_limited', message: 'Too many sign-in attempts.', retryAfterSeconds: 90 }),
    ).toMatchObject({ message: 'Too many sign-in attempts. Try again in 2 minutes.' });
  });

  it('a disabled account', () => {
    const message = 'This account is disabled. Ask an administrator of this server to enable it.';
    expect(describeSignInError({ code: 'forbidden', message })).toEqual({
      kind: 'form',
      title: 'This account is disabled',
      message,
    });
  });

  it('a field the server names goes next to that field; another field, above the form', () => {
    expect(describeSignInError({ code: 'invalid_input', field: 'password', message: 'Enter your password.' })).toEqual({
      kind: 'field',
      field: 'password',
      message: 'Enter your password.',
    });
    expect(describeSignInError({ code: 'invalid_input', field: 'other', message: 'Bad.' })).toEqual({
      kind: 'form',
      title: 'Check the form',
      message: 'Bad.',
    });
  });

  it('the app server unreachable keeps its own heading', () => {
    const described = describeSignInError(networkError().toBody());
    expect(described).toMatchObject({ kind: 'form', title: 'The app server could not be reached' });
  });

  it('any other code falls back to the usual heading, with when to retry', () => {
    expect(
      describeSignInError({
        code: 'database_unavailable',
        message: 'The database does not answer.',
        retryAfterSeconds: 5,
      }),
    ).toEqual({
      kind: 'form',
      title: 'Database unavailable',
      message: 'The database does not answer. Try again in 5 seconds.',
    });
  });
});
