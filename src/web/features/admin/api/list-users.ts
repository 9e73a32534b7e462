import { AdminUserListSchema, type AdminUserList } from '../../../../core/schemas/admin-users.js';
import { requestJson } from '../../../lib/api-client.js';

/** GET /api/admin/users (admins only): every account, oldest first, with what it spent, and the organisation's budgets. */
export async function listUsers(): Promise<AdminUserList> {
  return requestJson('/api/admin/users', AdminUserListSchema);
}
