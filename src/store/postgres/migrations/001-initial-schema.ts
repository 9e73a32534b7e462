import type { PostgresMigration } from './postgres-migration.js';

/**
 * The tables of the SQLite schema at its version 5, keyed by owner. Ids compare byte by byte
 * (COLLATE "C"), as in SQLite, whatever the database's locale. Dates are timestamptz; rate-limit
 * and spending times stay epoch ms (bigint). `seq` orders sessions saved in the same millisecond.
 * Unlike SQLite, attempts go with their session by a FOREIGN KEY (ON DELETE CASCADE): PostgreSQL
 * alters tables in place, so no later migration rebuilds `sessions` and cascades by accident.
 */
export const initialSchema: PostgresMigration = {
  version: 1,
  name: 'sessions, practice attempts, rate-limit hits and spending',
  async up(client) {
    await client.query(`
      CREATE TABLE sessions (
        seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        owner_id text COLLATE "C" NOT NULL,
        id text COLLATE "C" NOT NULL,
        created_at timestamptz NOT NULL,
        last_activity_at timestamptz NOT NULL,
        title text NOT NULL,
        status text NOT NULL,
        interview_type text NOT NULL,
        experience_level text NOT NULL,
        technique text NOT NULL,
        model text NOT NULL,
        question_count integer NOT NULL,
        cost_micro_usd bigint,
        data json NOT NULL,
        CONSTRAINT sessions_owner_id_id UNIQUE (owner_id, id)
      );
      CREATE INDEX sessions_owner_created_at ON sessions (owner_id, created_at, seq);
      CREATE INDEX sessions_owner_last_activity_at ON sessions (owner_id, last_activity_at, seq);

      CREATE TABLE practice_attempts (
        owner_id text COLLATE "C" NOT NULL,
        id text COLLATE "C" NOT NULL,
        session_id text COLLATE "C" NOT NULL,
        thread_id text COLLATE "C" NOT NULL,
        question_index integer NOT NULL CHECK (question_index >= 0),
        turn integer NOT NULL CHECK (turn >= 0),
        thread_mode text NOT NULL,
        thread_created_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL,
        cost_micro_usd bigint CHECK (cost_micro_usd >= 0),
        data json NOT NULL,
        PRIMARY KEY (owner_id, id),
        CONSTRAINT practice_attempts_one_per_turn UNIQUE (owner_id, session_id, thread_id, turn),
        FOREIGN KEY (owner_id, session_id) REFERENCES sessions (owner_id, id) ON DELETE CASCADE
      );

      CREATE TABLE rate_limit_hits (
        owner_id text COLLATE "C" NOT NULL,
        key text COLLATE "C" NOT NULL,
        hit_at bigint NOT NULL
      );
      CREATE INDEX rate_limit_hits_owner_key_hit_at ON rate_limit_hits (owner_id, key, hit_at);

      CREATE TABLE spending (
        owner_id text COLLATE "C" NOT NULL,
        id text COLLATE "C" NOT NULL,
        started_at bigint NOT NULL,
        cost_micro_usd bigint NOT NULL CHECK (cost_micro_usd >= 0),
        PRIMARY KEY (owner_id, id)
      );
      CREATE INDEX spending_owner_started_at ON spending (owner_id, started_at);
    `);
  },
};
