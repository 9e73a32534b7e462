import { describe, expect, it } from 'vitest';
import { checkNewUser, newUserFieldOf } from './check-new-user.js';

describe('checkNewUser', () => {
  it('passes a valid account, the email trimmed', () => {
    expect(checkNewUser({ email: ' sam@example.com ', password: 'a long password', admin: true })).toEqual({
      ok: true,
      request: { email: 'sam@example.com', password: 'a long password', admin: true },
    });
  });

  it('names each field with the server schema’s message, the first in form order to focus', () => {
    const checked = checkNewUser({ email: 'not an address', password: 'short', admin: false });
    expect(checked).toEqual({
      ok: false,
      errors: {
        email: 'Enter a valid email address, e.g. name@example.com.',
        password: 'The password must have at least 12 characters (it has 5).',
      },
      first: 'email',
    });
  });

  it('counts characters as a person does (an emoji is one)', () => {
    const checked = checkNewUser({ email: 'sam@example.com', password: '🔑'.repeat(11), admin: false });
    expect(checked).toMatchObject({ ok: false, first: 'password' });
    expect(checked.ok ? null : checked.errors.password).toContain('(it has 11)');
  });
});

describe('newUserFieldOf', () => {
  it('tells the fields of the form from anything else', () => {
    expect(newUserFieldOf('email')).toBe('email');
    expect(newUserFieldOf('password')).toBe('password');
    expect(newUserFieldOf('admin')).toBeNull();
    expect(newUserFieldOf(undefined)).toBeNull();
  });
});
