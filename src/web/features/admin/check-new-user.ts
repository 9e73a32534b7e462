import { CreateUserRequestSchema, type CreateUserRequest } from '../../../core/schemas/admin-users.js';
import { checkFields, isOneOf, type FieldCheck } from '../../lib/check-fields.js';

/** The add-user form's fields, as the API names them. */
export type NewUserField = 'email' | 'password';

export type NewUserFieldErrors = Partial<Record<NewUserField, string>>;

const FIELDS: readonly NewUserField[] = ['email', 'password'];

/**
 * The add-user form checked with the server's own schema (a valid email, a password of at least
 * MIN_PASSWORD_CHARS characters): see checkFields.
 */
export function checkNewUser(values: CreateUserRequest): FieldCheck<CreateUserRequest, NewUserField> {
  return checkFields(CreateUserRequestSchema, FIELDS, values);
}

/** A server error about one of the form's fields, or null when it is about the form as a whole. */
export function newUserFieldOf(field: string | undefined): NewUserField | null {
  return isOneOf(FIELDS, field) ? field : null;
}
