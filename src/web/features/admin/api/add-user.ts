import { AdminUserSchema, type AdminUser, type CreateUserRequest } from '../../../../core/schemas/admin-users.js';
import { jsonPost, requestJson } from '../../../lib/api-client.js';

/**
 * POST /api/admin/users: creates an account. Throws ApiError `invalid_input` with `field` `email`
 * (not an address, or an account has it) or `password` (too short or too long).
 */
export function addUser(request: CreateUserRequest): Promise<AdminUser> {
  return requestJson('/api/admin/users', AdminUserSchema, jsonPost(request));
}
