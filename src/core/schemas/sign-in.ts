import { z } from 'zod';
import { MAX_EMAIL_CHARS, MAX_PASSWORD_CHARS, NewPasswordSchema } from './account.js';

/**
 * POST /api/auth/login. Any text is accepted as the email: an address that is no account's gets
 * the same `invalid_credentials` as a wrong password.
 */
export const LoginRequestSchema = z.object({
  email: z
    .string({ error: 'Enter your email address.' })
    .trim()
    .min(1, 'Enter your email address.')
    .max(MAX_EMAIL_CHARS),
  password: z.string({ error: 'Enter your password.' }).min(1, 'Enter your password.').max(MAX_PASSWORD_CHARS),
});
export type LoginRequest = z.infer<typeof LoginRequestSchema>;

/** POST /api/auth/password: the signed-in person's current password, and the one to replace it. */
export const ChangePasswordRequestSchema = z.object({
  currentPassword: z
    .string({ error: 'Enter your current password.' })
    .min(1, 'Enter your current password.')
    .max(MAX_PASSWORD_CHARS),
  newPassword: NewPasswordSchema,
});
export type ChangePasswordRequest = z.infer<typeof ChangePasswordRequestSchema>;

/** GET /api/auth/me, and POST /api/auth/login's answer: who is signed in. */
export const SignedInAnswerSchema = z.object({ email: z.string(), admin: z.boolean() });
export type SignedInAnswer = z.infer<typeof SignedInAnswerSchema>;
