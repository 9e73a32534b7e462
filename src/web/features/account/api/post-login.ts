import { SignedInAnswerSchema, type LoginRequest, type SignedInAnswer } from '../../../../core/schemas/sign-in.js';
import { jsonPost, requestJson } from '../../../lib/api-client.js';

/**
 * POST /api/auth/login: signs in; the server sets the HttpOnly sign-in cookie. Throws ApiError
 * `invalid_credentials` (401), `rate_limited` (429, with `retryAfterSeconds`), `forbidden` (403: the
 * account is disabled) or `invalid_input` (400, with `field`).
 */
export function postLogin(credentials: LoginRequest): Promise<SignedInAnswer> {
  return requestJson('/api/auth/login', SignedInAnswerSchema, jsonPost(credentials));
}
