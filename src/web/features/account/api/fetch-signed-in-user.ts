import { SignedInAnswerSchema, type SignedInAnswer } from '../../../../core/schemas/sign-in.js';
import { requestJson } from '../../../lib/api-client.js';

/**
 * GET /api/auth/me (team mode): who this browser is signed in as. Throws ApiError
 * `unauthenticated` (401) when it is not signed in.
 */
export function fetchSignedInUser(): Promise<SignedInAnswer> {
  return requestJson('/api/auth/me', SignedInAnswerSchema);
}
