import { LoginRequestSchema, type LoginRequest } from '../../../core/schemas/sign-in.js';
import { isSignInField, type SignInField } from './describe-sign-in-error.js';

export type SignInFieldErrors = Partial<Record<SignInField, string>>;

const FIELDS: readonly SignInField[] = ['email', 'password'];

/**
 * The sign-in form's values checked with the server's own schema: the request, or the first error
 * of each field with the first field in form order (to focus).
 */
export function checkSignInForm(values: {
  email: string;
  password: string;
}): { ok: true; request: LoginRequest } | { ok: false; errors: SignInFieldErrors; first: SignInField } {
  const parsed = LoginRequestSchema.safeParse(values);
  if (parsed.success) return { ok: true, request: parsed.data };
  const errors: SignInFieldErrors = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    if (isSignInField(field) && errors[field] === undefined) errors[field] = issue.message;
  }
  const first = FIELDS.find((field) => errors[field] !== undefined) ?? 'email';
  errors[first] ??= parsed.error.issues[0]?.message ?? 'Check this field.';
  return { ok: false, errors, first };
}
