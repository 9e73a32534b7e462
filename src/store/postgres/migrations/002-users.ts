import type { PostgresMigration } from './postgres-migration.js';

/**
 * Accounts and sign-in sessions, as SQLite's migration 6: `email_key` (the email without case) is
 * unique, a session is kept as the SHA-256 of its cookie token, times are epoch ms. A session goes
 * with its account (FOREIGN KEY, ON DELETE CASCADE).
 */
export const usersSchema: PostgresMigration = {
  version: 2,
  name: 'users and sign-in sessions',
  async up(client) {
    await client.query(`
      CREATE TABLE users (
        id text COLLATE "C" PRIMARY KEY,
        email text NOT NULL,
        email_key text COLLATE "C" NOT NULL CONSTRAINT users_email_key_unique UNIQUE,
        password_hash text NOT NULL,
        admin boolean NOT NULL,
        disabled boolean NOT NULL DEFAULT false,
        created_at bigint NOT NULL
      );

      CREATE TABLE auth_sessions (
        token_hash text COLLATE "C" PRIMARY KEY,
        user_id text COLLATE "C" NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        created_at bigint NOT NULL,
        expires_at bigint NOT NULL
      );
      CREATE INDEX auth_sessions_user_id ON auth_sessions (user_id);
      CREATE INDEX auth_sessions_expires_at ON auth_sessions (expires_at);
    `);
  },
};
