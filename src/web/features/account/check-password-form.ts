import { ChangePasswordRequestSchema, type ChangePasswordRequest } from '../../../core/schemas/sign-in.js';

export type PasswordField = keyof ChangePasswordRequest;
export type PasswordFieldErrors = Partial<Record<PasswordField, string>>;

const FIELDS: readonly PasswordField[] = ['currentPassword', 'newPassword'];

export function isPasswordField(value: unknown): value is PasswordField {
  return FIELDS.includes(value as PasswordField);
}

/**
 * The password form checked with the server's own schema: the request, or each field's first
 * error with the first field in form order (to focus).
 */
export function checkPasswordForm(
  values: ChangePasswordRequest,
): { ok: true; request: ChangePasswordRequest } | { ok: false; errors: PasswordFieldErrors; first: PasswordField } {
  const parsed = ChangePasswordRequestSchema.safeParse(values);
  if (parsed.success) return { ok: true, request: parsed.data };
  const errors: PasswordFieldErrors = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    if (isPasswordField(field) && errors[field] === undefined) errors[field] = issue.message;
  }
  const first = FIELDS.find((field) => errors[field] !== undefined) ?? 'currentPassword';
  return { ok: false, errors, first };
}
