import type { Database } from 'better-sqlite3';
import type { UserStore } from '../app/ports.js';
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
} from './user-rows.js';

export type SqliteUserStoreOptions = {
  /** The clock (epoch ms) that dates accounts and sessions and decides what has expired; Date.now by default. */
  now?: () => number;
};

/** A UserStore on an open database from openDatabase(). */
export function createSqliteUserStore(db: Database, options: SqliteUserStoreOptions = {}): UserStore {
  const { now = Date.now } = options;
  const insertUser = db.prepare(`
    INSERT INTO users (id, email, email_key, password_hash, admin, disabled, created_at)
    VALUES (@id, @email, @email_key, @password_hash, @admin, 0, @created_at)`);
  const byEmail = db.prepare(`SELECT ${USER_COLUMNS} FROM users WHERE email_key = ?`);
  const byId = db.prepare(`SELECT ${USER_COLUMNS} FROM users WHERE id = ?`);
  const all = db.prepare(`SELECT ${USER_COLUMNS} FROM users ORDER BY created_at, rowid`);
  const updateDisabled = db.prepare('UPDATE users SET disabled = ? WHERE id = ?');
  const insertSession = db.prepare(`
    INSERT INTO auth_sessions (token_hash, user_id, created_at, expires_at)
    SELECT @token_hash, id, @created_at, @expires_at FROM users WHERE id = @user_id AND disabled = 0`);
  const sessionWithUser = db.prepare(`
    SELECT auth.token_hash, auth.created_at AS session_created_at, auth.expires_at, ${USER_COLUMNS_OF_USERS}
    FROM auth_sessions AS auth JOIN users ON users.id = auth.user_id
    WHERE auth.token_hash = ? AND auth.expires_at > ? AND users.disabled = 0`);
  const deleteSession = db.prepare('DELETE FROM auth_sessions WHERE token_hash = ?');
  const deleteSessionsOf = db.prepare('DELETE FROM auth_sessions WHERE user_id = ?');
  const deleteExpired = db.prepare('DELETE FROM auth_sessions WHERE expires_at <= ?');
  const updatePasswordHash = db.prepare('UPDATE users SET password_hash = ? WHERE id = ?');
  const deleteOtherSessionsOf = db.prepare('DELETE FROM auth_sessions WHERE user_id = ? AND token_hash <> ?');
  const changePasswordHash = db.transaction((userId: string, passwordHash: string, keepToken: string) => {
    if (updatePasswordHash.run(passwordHash, userId).changes === 0) return false;
    deleteOtherSessionsOf.run(userId, hashSessionToken(keepToken));
    return true;
  });

  const setDisabled = db.transaction((userId: string, disabled: boolean) => {
    const changed = updateDisabled.run(disabled ? 1 : 0, userId).changes > 0;
    if (changed && disabled) deleteSessionsOf.run(userId);
    return changed;
  });

  return {
    async createUser(user) {
      const created = newUser(user, now());
      try {
        insertUser.run({
          id: created.id,
          email: created.email,
          email_key: emailKey(created.email),
          password_hash: created.passwordHash,
          admin: created.admin ? 1 : 0,
          created_at: created.createdAt,
        });
      } catch (error) {
        if (isUniqueViolation(error)) throw emailTakenError(error);
        throw error;
      }
      return created;
    },
    async findUserByEmail(email) {
      const row = byEmail.get(emailKey(email)) as UserRow | undefined;
      return row === undefined ? null : toUser(row);
    },
    async findUserById(id) {
      const row = byId.get(id) as UserRow | undefined;
      return row === undefined ? null : toUser(row);
    },
    async listUsers() {
      return (all.all() as UserRow[]).map(toUser);
    },
    async setDisabled(userId, disabled) {
      return setDisabled.immediate(userId, disabled);
    },
    async changePasswordHash(userId, passwordHash, keepToken) {
      return changePasswordHash.immediate(userId, passwordHash, keepToken);
    },
    async createAuthSession({ token, userId, expiresAt }) {
      const session = { tokenHash: hashSessionToken(token), userId, createdAt: now(), expiresAt };
      const params = {
        token_hash: session.tokenHash,
        user_id: userId,
        created_at: session.createdAt,
        expires_at: expiresAt,
      };
      return insertSession.run(params).changes > 0 ? session : null;
    },
    async findAuthSession(token) {
      const row = sessionWithUser.get(hashSessionToken(token), now()) as AuthSessionRow | undefined;
      return row === undefined ? null : toAuthSession(row);
    },
    async deleteAuthSession(token) {
      return deleteSession.run(hashSessionToken(token)).changes > 0;
    },
    async deleteExpiredAuthSessions() {
      return deleteExpired.run(now()).changes;
    },
  };
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'SQLITE_CONSTRAINT_UNIQUE';
}
