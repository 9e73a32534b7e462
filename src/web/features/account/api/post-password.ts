import type { ChangePasswordRequest } from '../../../../core/schemas/sign-in.js';
import { apiFetch } from '../../../lib/api-client.js';

/** POST /api/auth/password: 204 once changed (the account's other sign-ins end); throws ApiError otherwise. */
export async function postPassword(request: ChangePasswordRequest): Promise<void> {
  await apiFetch('/api/auth/password', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(request),
  });
}
