import { ChangePasswordRequestSchema, type ChangePasswordRequest } from '../../../core/schemas/sign-in.js';
import { checkFields, isOneOf, type FieldCheck } from '../../lib/check-fields.js';

export type PasswordField = keyof ChangePasswordRequest;
export type PasswordFieldErrors = Partial<Record<PasswordField, string>>;

const FIELDS: readonly PasswordField[] = ['currentPassword', 'newPassword'];

export function isPasswordField(value: unknown): value is PasswordField {
  return isOneOf(FIELDS, value);
}

/** The password form checked with the server's own schema (see checkFields). */
export function checkPasswordForm(values: ChangePasswordRequest): FieldCheck<ChangePasswordRequest, PasswordField> {
  return checkFields(ChangePasswordRequestSchema, FIELDS, values);
}
