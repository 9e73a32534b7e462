import { LoginRequestSchema, type LoginRequest } from '../../../core/schemas/sign-in.js';
import { checkFields, type FieldCheck } from '../../lib/check-fields.js';
import type { SignInField } from './describe-sign-in-error.js';

export type SignInFieldErrors = Partial<Record<SignInField, string>>;

const FIELDS: readonly SignInField[] = ['email', 'password'];

/** The sign-in form's values checked with the server's own schema (see checkFields). */
export function checkSignInForm(values: { email: string; password: string }): FieldCheck<LoginRequest, SignInField> {
  return checkFields(LoginRequestSchema, FIELDS, values);
}
