import { z } from 'zod';

/** Shortest password an account may get, in characters as a person counts them. */
export const MIN_PASSWORD_CHARS = 12;
/** Longest password accepted (sign-in included): bounds the work of hashing it. */
export const MAX_PASSWORD_CHARS = 1000;
/** Longest email address (RFC 5321's path limit). */
export const MAX_EMAIL_CHARS = 254;

/** An account's email: trimmed, as given otherwise (the store compares it without case). */
export const EmailSchema = z
  .string({ error: 'Enter an email address.' })
  .trim()
  .max(MAX_EMAIL_CHARS, `An email address has at most ${MAX_EMAIL_CHARS} characters.`)
  .pipe(z.email({ error: 'Enter a valid email address, e.g. name@example.com.' }));

/** Why `password` cannot be a new account's password, or null when it can. */
export function passwordProblem(password: string): string | null {
  const characters = [...password].length;
  if (characters < MIN_PASSWORD_CHARS)
    return `The password must have at least ${MIN_PASSWORD_CHARS} characters (it has ${characters}).`;
  if (characters > MAX_PASSWORD_CHARS) return `The password must have at most ${MAX_PASSWORD_CHARS} characters.`;
  return null;
}

/** A new account's password: at least MIN_PASSWORD_CHARS characters. */
export const NewPasswordSchema = z.string({ error: 'Enter a password.' }).superRefine((password, context) => {
  const problem = passwordProblem(password);
  if (problem !== null) context.addIssue({ code: 'custom', message: problem });
});
