import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MIN_PASSWORD_CHARS } from '../../../core/schemas/account.js';
import { checkPasswordForm } from './check-password-form.js';

describe('checkPasswordForm', () => {
  it('asks for the current password first, then a new one long enough', () => {
    expect(checkPasswordForm({ currentPassword: '', newPassword: 'short' })).toEqual({
      ok: false,
      errors: {
        currentPassword: 'Enter your current password.',
        newPassword: 'The password must have at least 12 characters (it has 5).',
      },
      first: 'currentPassword',
    });
    expect(checkPasswordForm({ currentPassword: 'old one', newPassword: 'short' })).toMatchObject({
      first: 'newPassword',
    });
  });

  it('accepts any current password and any new one of at least 12 characters, as the server does', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 40 }),
        fc.string({ minLength: MIN_PASSWORD_CHARS, maxLength: 60, unit: 'grapheme-ascii' }),
        (currentPassword, newPassword) => {
          expect(checkPasswordForm({ currentPassword, newPassword })).toEqual({
            ok: true,
            request: { currentPassword, newPassword },
          });
        },
      ),
    );
  });
});
