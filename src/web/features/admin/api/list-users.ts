import { AdminUserListSchema, type AdminUser } from '../../../../core/schemas/admin-users.js';
import { requestJson } from '../../../lib/api-client.js';

/** GET /api/admin/users (admins only): every account, oldest first, with what it spent. */
export async function listUsers(): Promise<AdminUser[]> {
  return (await requestJson('/api/admin/users', AdminUserListSchema)).users;
}
