import { z } from 'zod';
import { EmailSchema, NewPasswordSchema } from './account.js';
import { OrganisationBudgetSchema } from './public-config.js';

/** One account as the admin API shows it, with what it spent (integer micro-dollars, UTC periods). */
export const AdminUserSchema = z.object({
  id: z.string(),
  email: z.string(),
  admin: z.boolean(),
  disabled: z.boolean(),
  createdAt: z.iso.datetime(),
  spentTodayMicroUsd: z.number().int().nonnegative(),
  spentThisMonthMicroUsd: z.number().int().nonnegative(),
});
export type AdminUser = z.infer<typeof AdminUserSchema>;

/**
 * GET /api/admin/users: every account, oldest first, and what they spent together of the
 * organisation's budgets (null when none is set), read at the same moment.
 */
export const AdminUserListSchema = z.object({
  users: z.array(AdminUserSchema),
  organisation: OrganisationBudgetSchema.nullable(),
});
export type AdminUserList = z.infer<typeof AdminUserListSchema>;

/** POST /api/admin/users (and `interview-prep users add`): a new account. */
export const CreateUserRequestSchema = z.object({
  email: EmailSchema,
  password: NewPasswordSchema,
  admin: z.boolean({ error: 'admin must be true or false.' }).default(false),
});
export type CreateUserRequest = z.input<typeof CreateUserRequestSchema>;

/** PATCH /api/admin/users/:id: disables (ending its sign-ins) or enables an account. */
export const UpdateUserRequestSchema = z.object({
  disabled: z.boolean({ error: 'disabled must be true or false.' }),
});
export type UpdateUserRequest = z.infer<typeof UpdateUserRequestSchema>;
