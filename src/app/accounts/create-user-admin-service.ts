import { AppError } from '../../core/errors.js';
import { CreateUserRequestSchema, type AdminUser, type CreateUserRequest } from '../../core/schemas/admin-users.js';
import type { AppLogger } from '../app-logger.js';
import { startOfUtcDay, startOfUtcMonth } from '../budget/utc-periods.js';
import type { SpendStore, User, UserStore } from '../ports.js';
import type { SignedInUser } from './create-sign-in-service.js';
import { hashPassword } from './hash-password.js';

export type UserAdminService = {
  /**
   * Creates an account (the password hashed here; the store never sees it). AppError
   * `invalid_input` on `email` (not an address, or an account has it) or `password` (too short).
   */
  addUser(request: CreateUserRequest): Promise<AdminUser>;
  /** Every account, oldest first, with what it spent today and this month (UTC). */
  listUsers(): Promise<AdminUser[]>;
  /**
   * Disables (ending its sign-ins at once) or enables an account. AppError `not_found` for an
   * unknown id; `invalid_input` when an admin would disable their own account.
   */
  setDisabled(actor: SignedInUser, userId: string, disabled: boolean): Promise<AdminUser>;
};

export type UserAdminDependencies = {
  users: UserStore;
  spending: SpendStore;
  logger: AppLogger;
  /** The clock (epoch ms); Date.now by default. */
  now?: () => number;
};

const NO_SUCH_USER = 'There is no account with that id.';

/** What admins do with accounts: add them, list them with their spending, disable or enable them. */
export function createUserAdminService(dependencies: UserAdminDependencies): UserAdminService {
  const { users, spending, logger, now = Date.now } = dependencies;

  /** What each account spent today and this month: two queries, whatever the number of accounts. */
  async function spentByAccount(at: number) {
    const [today, thisMonth] = await Promise.all([
      spending.spentByOwnerSince(startOfUtcDay(at)),
      spending.spentByOwnerSince(startOfUtcMonth(at)),
    ]);
    return (userId: string) => ({
      spentTodayMicroUsd: today.get(userId) ?? 0,
      spentThisMonthMicroUsd: thisMonth.get(userId) ?? 0,
    });
  }

  async function overview(user: User, at: number): Promise<AdminUser> {
    const owner = { ownerId: user.id };
    const [spentTodayMicroUsd, spentThisMonthMicroUsd] = await Promise.all([
      spending.spentSince(owner, startOfUtcDay(at)),
      spending.spentSince(owner, startOfUtcMonth(at)),
    ]);
    return describeAccount(user, { spentTodayMicroUsd, spentThisMonthMicroUsd });
  }

  function describeAccount(
    user: User,
    { spentTodayMicroUsd, spentThisMonthMicroUsd }: Pick<AdminUser, 'spentTodayMicroUsd' | 'spentThisMonthMicroUsd'>,
  ): AdminUser {
    return {
      id: user.id,
      email: user.email,
      admin: user.admin,
      disabled: user.disabled,
      createdAt: new Date(user.createdAt).toISOString(),
      spentTodayMicroUsd,
      spentThisMonthMicroUsd,
    };
  }

  return {
    async addUser(request) {
      const parsed = CreateUserRequestSchema.safeParse(request);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new AppError('invalid_input', {
          ...(issue ? { message: issue.message, field: issue.path.join('.') } : {}),
          cause: parsed.error,
        });
      }
      const { email, password, admin } = parsed.data;
      const created = await users.createUser({ email, passwordHash: await hashPassword(password), admin });
      logger.info({ userId: created.id, admin }, 'account created');
      return overview(created, now());
    },
    async listUsers() {
      const at = now();
      const [accounts, spentBy] = await Promise.all([users.listUsers(), spentByAccount(at)]);
      return accounts.map((user) => describeAccount(user, spentBy(user.id)));
    },
    async setDisabled(actor, userId, disabled) {
      if (disabled && actor.id === userId) {
        throw new AppError('invalid_input', {
          field: 'disabled',
          message: 'You cannot disable your own account: another administrator has to.',
        });
      }
      if (!(await users.setDisabled(userId, disabled))) throw new AppError('not_found', { message: NO_SUCH_USER });
      const user = await users.findUserById(userId);
      if (user === null) throw new AppError('not_found', { message: NO_SUCH_USER });
      logger.info({ userId, disabled, by: actor.id }, disabled ? 'account disabled' : 'account enabled');
      return overview(user, now());
    },
  };
}
