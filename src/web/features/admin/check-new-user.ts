import { CreateUserRequestSchema, type CreateUserRequest } from '../../../core/schemas/admin-users.js';

/** The add-user form's fields, as the API names them. */
export type NewUserField = 'email' | 'password';

export type NewUserFieldErrors = Partial<Record<NewUserField, string>>;

const FIELDS: readonly NewUserField[] = ['email', 'password'];

function isNewUserField(value: unknown): value is NewUserField {
  return FIELDS.includes(value as NewUserField);
}

/**
 * The add-user form checked with the server's own schema (a valid email, a password of at least
 * MIN_PASSWORD_CHARS characters): the request, or the first error of each field, in form order.
 */
export function checkNewUser(
  values: CreateUserRequest,
): { ok: true; request: CreateUserRequest } | { ok: false; errors: NewUserFieldErrors; first: NewUserField } {
  const parsed = CreateUserRequestSchema.safeParse(values);
  if (parsed.success) return { ok: true, request: parsed.data };
  const errors: NewUserFieldErrors = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    if (isNewUserField(field) && errors[field] === undefined) errors[field] = issue.message;
  }
  const first = FIELDS.find((field) => errors[field] !== undefined) ?? 'email';
  errors[first] ??= parsed.error.issues[0]?.message ?? 'Check this field.';
  return { ok: false, errors, first };
}

/** A server error about one of the form's fields, or null when it is about the form as a whole. */
export function newUserFieldOf(field: string | undefined): NewUserField | null {
  return isNewUserField(field) ? field : null;
}
