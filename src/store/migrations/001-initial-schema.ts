import type { Migration } from './migration.js';

/**
 * Saved sessions and rate-limit hits.
 * Sessions keep a few columns for the history list and the whole validated session as JSON.
 * `seq` (an INTEGER PRIMARY KEY, so VACUUM never renumbers it) orders sessions saved in the
 * same millisecond; `created_at` holds `Date.prototype.toISOString()` so text order is time order.
 */
export const initialSchema: Migration = {
  version: 1,
  name: 'initial schema: sessions and rate-limit hits',
  up(db) {
    db.exec(`
      CREATE TABLE sessions (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL,
        title TEXT NOT NULL,
        status TEXT NOT NULL,
        interview_type TEXT NOT NULL,
        experience_level TEXT NOT NULL,
        technique TEXT NOT NULL,
        model TEXT NOT NULL,
        question_count INTEGER NOT NULL,
        cost_micro_usd INTEGER,
        data TEXT NOT NULL CHECK (json_valid(data))
      );
      CREATE INDEX sessions_created_at ON sessions (created_at, seq);

      CREATE TABLE rate_limit_hits (
        key TEXT NOT NULL,
        hit_at INTEGER NOT NULL
      );
      CREATE INDEX rate_limit_hits_key_hit_at ON rate_limit_hits (key, hit_at);
    `);
  },
};
