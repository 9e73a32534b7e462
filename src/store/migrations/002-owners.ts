import type { Migration } from './migration.js';

/**
 * Every session and rate-limit hit belongs to an owner ('local' in single-user mode). Sessions
 * are keyed by (owner, id), so two owners can never overwrite each other's session; existing rows
 * become the local owner's. The history list reads `cost_micro_usd` from here on.
 */
export const ownersSchema: Migration = {
  version: 2,
  name: 'owners for sessions and rate-limit hits',
  up(db) {
    db.exec(`
      CREATE TABLE sessions_by_owner (
        seq INTEGER PRIMARY KEY,
        owner_id TEXT NOT NULL DEFAULT 'local',
        id TEXT NOT NULL,
        created_at TEXT NOT NULL,
        title TEXT NOT NULL,
        status TEXT NOT NULL,
        interview_type TEXT NOT NULL,
        experience_level TEXT NOT NULL,
        technique TEXT NOT NULL,
        model TEXT NOT NULL,
        question_count INTEGER NOT NULL,
        cost_micro_usd INTEGER,
        data TEXT NOT NULL CHECK (json_valid(data)),
        UNIQUE (owner_id, id)
      );
      INSERT INTO sessions_by_owner (seq, id, created_at, title, status, interview_type,
        experience_level, technique, model, question_count, cost_micro_usd, data)
        SELECT seq, id, created_at, title, status, interview_type, experience_level, technique,
          model, question_count, cost_micro_usd, data FROM sessions;
      DROP TABLE sessions;
      ALTER TABLE sessions_by_owner RENAME TO sessions;
      CREATE INDEX sessions_owner_created_at ON sessions (owner_id, created_at, seq);

      ALTER TABLE rate_limit_hits ADD COLUMN owner_id TEXT NOT NULL DEFAULT 'local';
      DROP INDEX rate_limit_hits_key_hit_at;
      CREATE INDEX rate_limit_hits_owner_key_hit_at ON rate_limit_hits (owner_id, key, hit_at);
    `);
  },
};
