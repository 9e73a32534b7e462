import { AdminUserSchema, type AdminUser, type UpdateUserRequest } from '../../../../core/schemas/admin-users.js';
import { requestJson } from '../../../lib/api-client.js';

/**
 * PATCH /api/admin/users/:id: disables an account (ending its sign-ins at once) or enables it.
 * Throws ApiError `invalid_input` for one's own account, `not_found` for an unknown id.
 */
export function setUserDisabled(id: string, disabled: boolean): Promise<AdminUser> {
  const body: UpdateUserRequest = { disabled };
  return requestJson(`/api/admin/users/${encodeURIComponent(id)}`, AdminUserSchema, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}
