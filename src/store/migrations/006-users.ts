import type { Migration } from './migration.js';

/**
 * Accounts and sign-in sessions (the team mode uses them; the single-user mode leaves them empty).
 * `email_key` is the email without case, so one address cannot open two accounts. A sign-in
 * session is kept as the SHA-256 of its cookie token, never the token. Times are epoch ms. As in
 * 004, no FOREIGN KEY: the store deletes a disabled account's sessions in SQL.
 */
export const usersSchema: Migration = {
  version: 6,
  name: 'users and sign-in sessions',
  up(db) {
    db.exec(`
      CREATE TABLE users (
        id TEXT PRIMARY KEY,
        email TEXT NOT NULL,
        email_key TEXT NOT NULL UNIQUE,
        password_hash TEXT NOT NULL,
        admin INTEGER NOT NULL CHECK (admin IN (0, 1)),
        disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
        created_at INTEGER NOT NULL
      );

      CREATE TABLE auth_sessions (
        token_hash TEXT PRIMARY KEY,
        user_id TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        expires_at INTEGER NOT NULL
      );
      CREATE INDEX auth_sessions_user_id ON auth_sessions (user_id);
      CREATE INDEX auth_sessions_expires_at ON auth_sessions (expires_at);
    `);
  },
};
