import type pg from 'pg';
import type { UserStore } from '../../app/ports.js';
import {
  USER_COLUMNS,
  USER_COLUMNS_OF_USERS,
  emailKey,
  emailTakenError,
  hashSessionToken,
  newUser,
  toAuthSession,
  toUser,
  type AuthSessionRow,
  type UserRow,
} from '../user-rows.js';
import { isUniqueViolationOf } from './is-unique-violation-of.js';
import { withTransaction } from './with-transaction.js';

export type PostgresUserStoreOptions = {
  /** The clock (epoch ms) that dates accounts and sessions and decides what has expired; Date.now by default. */
  now?: () => number;
};

/** A UserStore on a pool from createPostgresPool(), with the SQLite store's behaviour. */
export function createPostgresUserStore(pool: pg.Pool, options: PostgresUserStoreOptions = {}): UserStore {
  const { now = Date.now } = options;
  const oneUser = async (where: 'id' | 'email_key', value: string) => {
    const { rows } = await pool.query<UserRow>(`SELECT ${USER_COLUMNS} FROM users WHERE ${where} = $1`, [value]);
    return rows[0] === undefined ? null : toUser(rows[0]);
  };

  return {
    async createUser(user) {
      const created = newUser(user, now());
      try {
        await pool.query(
          `INSERT INTO users (id, email, email_key, password_hash, admin, disabled, created_at)
          VALUES ($1, $2, $3, $4, $5, false, $6)`,
          [created.id, created.email, emailKey(created.email), created.passwordHash, created.admin, created.createdAt],
        );
      } catch (error) {
        if (isUniqueViolationOf(error, 'users_email_key_unique')) throw emailTakenError(error);
        throw error;
      }
      return created;
    },
    async findUserByEmail(email) {
      return oneUser('email_key', emailKey(email));
    },
    async findUserById(id) {
      return oneUser('id', id);
    },
    async listUsers() {
      const { rows } = await pool.query<UserRow>(`SELECT ${USER_COLUMNS} FROM users ORDER BY created_at, email_key`);
      return rows.map(toUser);
    },
    async setDisabled(userId, disabled) {
      return withTransaction(pool, async (client) => {
        const updated = await client.query('UPDATE users SET disabled = $1 WHERE id = $2', [disabled, userId]);
        if (updated.rowCount === 0) return false;
        if (disabled) await client.query('DELETE FROM auth_sessions WHERE user_id = $1', [userId]);
        return true;
      });
    },
    async changePasswordHash(userId, passwordHash, keepToken) {
      return withTransaction(pool, async (client) => {
        const updated = await client.query('UPDATE users SET password_hash = $1 WHERE id = $2', [passwordHash, userId]);
        if (updated.rowCount === 0) return false;
        await client.query('DELETE FROM auth_sessions WHERE user_id = $1 AND token_hash <> $2', [
          userId,
          hashSessionToken(keepToken),
        ]);
        return true;
      });
    },
    async createAuthSession({ token, userId, expiresAt }) {
      const session = { tokenHash: hashSessionToken(token), userId, createdAt: now(), expiresAt };
      const { rowCount } = await pool.query(
        `INSERT INTO auth_sessions (token_hash, user_id, created_at, expires_at)
        SELECT $1, id, $2, $3 FROM users WHERE id = $4 AND NOT disabled`,
        [session.tokenHash, session.createdAt, expiresAt, userId],
      );
      return rowCount === 0 ? null : session;
    },
    async findAuthSession(token) {
      const { rows } = await pool.query<AuthSessionRow>(
        `SELECT auth.token_hash, auth.created_at AS session_created_at, auth.expires_at, ${USER_COLUMNS_OF_USERS}
        FROM auth_sessions AS auth JOIN users ON users.id = auth.user_id
        WHERE auth.token_hash = $1 AND auth.expires_at > $2 AND NOT users.disabled`,
        [hashSessionToken(token), now()],
      );
      return rows[0] === undefined ? null : toAuthSession(rows[0]);
    },
    async deleteAuthSession(token) {
      const { rowCount } = await pool.query('DELETE FROM auth_sessions WHERE token_hash = $1', [
        hashSessionToken(token),
      ]);
      return (rowCount ?? 0) > 0;
    },
    async deleteExpiredAuthSessions() {
      const { rowCount } = await pool.query('DELETE FROM auth_sessions WHERE expires_at <= $1', [now()]);
      return rowCount ?? 0;
    },
  };
}
