import type { Migration } from './migration.js';

/**
 * Practice attempts, one row per attempt, kept with their session: the store deletes a session's
 * attempts in the same transaction as the session (deleted, cleared, pruned or replaced by an
 * import). That cascade lives in the store's SQL rather than in a FOREIGN KEY, because a later
 * migration that rebuilds `sessions` (as 002 did: copy, DROP TABLE, rename) would cascade-delete
 * every attempt under `foreign_keys = ON`. The thread's own fields (question, mode, date) repeat on
 * each of its rows; a turn is taken once per thread.
 *
 * `sessions.last_activity_at` (the later of its creation and its latest attempt, as ISO text) is
 * what pruning orders by, so a session being practised is not pruned as old; existing sessions
 * start from their `created_at`.
 */
export const practiceSchema: Migration = {
  version: 4,
  name: 'practice attempts and last activity per session',
  up(db) {
    db.exec(`
      CREATE TABLE practice_attempts (
        owner_id TEXT NOT NULL,
        id TEXT NOT NULL,
        session_id TEXT NOT NULL,
        thread_id TEXT NOT NULL,
        question_index INTEGER NOT NULL CHECK (question_index >= 0),
        turn INTEGER NOT NULL CHECK (turn >= 0),
        thread_mode TEXT NOT NULL,
        thread_created_at TEXT NOT NULL,
        created_at TEXT NOT NULL,
        cost_micro_usd INTEGER CHECK (cost_micro_usd >= 0),
        data TEXT NOT NULL CHECK (json_valid(data)),
        PRIMARY KEY (owner_id, id),
        UNIQUE (owner_id, session_id, thread_id, turn)
      );

      ALTER TABLE sessions ADD COLUMN last_activity_at TEXT NOT NULL DEFAULT '';
      UPDATE sessions SET last_activity_at = created_at;
      CREATE INDEX sessions_owner_last_activity_at ON sessions (owner_id, last_activity_at, seq);
    `);
  },
};
