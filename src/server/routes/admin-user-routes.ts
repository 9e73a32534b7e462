import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { UserAdminService } from '../../app/accounts/create-user-admin-service.js';
import type { Services } from '../../app/create-services.js';
import { AppError } from '../../core/errors.js';
import {
  CreateUserRequestSchema,
  UpdateUserRequestSchema,
  type AdminUser,
  type AdminUserList,
} from '../../core/schemas/admin-users.js';
import { ownerOf } from '../owner-of.js';
import { requireSignedInUser } from './sign-in-routes.js';

const UserParamsSchema = z.object({ id: z.string().min(1).max(100) });

/**
 * Team mode, admins only (403 `forbidden` for anyone else, before the body is read):
 * GET /api/admin/users (every account with its spending today and this month, micro-dollars),
 * POST /api/admin/users `{ email, password, admin }` (201), PATCH /api/admin/users/:id `{ disabled }`.
 */
export async function adminUserRoutes(
  app: FastifyInstance,
  options: { users: UserAdminService; budgetStatus: Services['budgetStatus'] },
): Promise<void> {
  const { users, budgetStatus } = options;
  // After the sign-in check (a parent's hook), so the user is known; before parsing, so a
  // non-admin learns nothing from the shape of a body.
  app.addHook('onRequest', async (request) => {
    if (!requireSignedInUser(request).admin)
      throw new AppError('forbidden', { message: 'Only an administrator of this server can manage accounts.' });
  });

  app.get('/api/admin/users', async (request): Promise<AdminUserList> => {
    const [accounts, budgets] = await Promise.all([users.listUsers(), budgetStatus(ownerOf(request))]);
    return { users: accounts, organisation: budgets?.organisation ?? null };
  });

  app.post('/api/admin/users', async (request, reply) => {
    const created: AdminUser = await users.addUser(CreateUserRequestSchema.parse(request.body ?? {}));
    return reply.status(201).send(created);
  });

  app.patch('/api/admin/users/:id', async (request): Promise<AdminUser> => {
    const { id } = UserParamsSchema.parse(request.params);
    const { disabled } = UpdateUserRequestSchema.parse(request.body ?? {});
    return users.setDisabled(requireSignedInUser(request), id, disabled);
  });
}
