import { describe, expect, it } from 'vitest';
import { checkSignInForm } from './check-sign-in-form.js';

describe('checkSignInForm', () => {
  it('trims the email and keeps the password as typed', () => {
    expect(checkSignInForm({ email: '  sam@example.com ', password: ' secret ' })).toEqual({
      ok: true,
      request: { email: 'sam@example.com', password: ' secret ' },
    });
  });

  it('names every empty field, the first one to focus', () => {
    expect(checkSignInForm({ email: ' ', password: '' })).toEqual({
      ok: false,
      errors: { email: 'Enter your email address.', password: 'Enter your password.' },
      first: 'email',
    });
    expect(checkSignInForm({ email: 'sam@example.com', password: '' })).toEqual({
      ok: false,
      errors: { password: 'Enter your password.' },
      first: 'password',
    });
  });
});
