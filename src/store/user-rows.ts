import { createHash, randomUUID } from 'node:crypto';
import type { AuthSession, NewUser, User } from '../app/ports.js';
import { AppError } from '../core/errors.js';

/** A `users` row as both engines return it (SQLite gives the flags as 0 or 1). */
export type UserRow = {
  id: string;
  email: string;
  password_hash: string;
  admin: boolean | number;
  disabled: boolean | number;
  created_at: number;
};

/** A `users` row joined with one of its `auth_sessions`. */
export type AuthSessionRow = UserRow & { token_hash: string; session_created_at: number; expires_at: number };

export const USER_COLUMNS = 'id, email, password_hash, admin, disabled, created_at';
/** USER_COLUMNS in a join with `users`. */
export const USER_COLUMNS_OF_USERS =
  'users.id, users.email, users.password_hash, users.admin, users.disabled, users.created_at';

/** A new, enabled account with a new id. */
export function newUser(user: NewUser, createdAt: number): User {
  const { email, passwordHash, admin } = user;
  return { id: randomUUID(), email, passwordHash, admin, disabled: false, createdAt };
}

/** What makes two emails the same account: the email without case. */
export function emailKey(email: string): string {
  return email.toLowerCase();
}

/** What is stored of a cookie token: its SHA-256 in hex, so a copy of the database signs no one in. */
export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export function toUser(row: UserRow): User {
  return {
    id: row.id,
    email: row.email,
    passwordHash: row.password_hash,
    admin: Boolean(row.admin),
    disabled: Boolean(row.disabled),
    createdAt: row.created_at,
  };
}

export function toAuthSession(row: AuthSessionRow): { session: AuthSession; user: User } {
  return {
    session: {
      tokenHash: row.token_hash,
      userId: row.id,
      createdAt: row.session_created_at,
      expiresAt: row.expires_at,
    },
    user: toUser(row),
  };
}

/** The error createUser gives for an email an account already has. */
export function emailTakenError(cause: unknown): AppError {
  return new AppError('invalid_input', {
    field: 'email',
    message: 'An account with this email already exists.',
    cause,
  });
}
