import { apiFetch } from '../../../lib/api-client.js';
import { isApiError } from '../../../lib/api-error.js';

/**
 * POST /api/auth/logout: ends this browser's sign-in on the server (204) and clears its cookie.
 * A 401 means it had ended already, which is what was asked; any other failure throws ApiError,
 * since the sign-in is then still valid.
 */
export async function postLogout(): Promise<void> {
  try {
    await apiFetch('/api/auth/logout', { method: 'POST' });
  } catch (error) {
    if (isApiError(error) && error.status === 401) return;
    throw error;
  }
}
