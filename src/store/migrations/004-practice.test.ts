import path from 'node:path';
import DatabaseConstructor, { type Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOCAL_OWNER } from '../../app/ports.js';
import { createSqlitePracticeStore } from '../create-sqlite-practice-store.js';
import { createSqliteSessionStore } from '../create-sqlite-session-store.js';
import { openDatabase } from '../open-database.js';
import { createTempDir } from '../testing/create-temp-dir.js';
import { createTestAttempt, TEST_THREAD_ID } from '../testing/create-test-attempt.js';
import { createTestSession } from '../testing/create-test-session.js';
import { migrate, readSchemaVersion } from './migrate.js';
import { MIGRATIONS } from './migrations.js';

/** A session row as the store wrote it at schema version 3: its JSON has no `practice`. */
function insertVersion3Session(db: Database, id: string, createdAt: string): void {
  const { practice: _none, ...session } = createTestSession({ id, createdAt });
  db.prepare(
    `INSERT INTO sessions (owner_id, id, created_at, title, status, interview_type, experience_level,
      technique, model, question_count, cost_micro_usd, data)
    VALUES ('local', ?, ?, 'Senior Backend Engineer — Acme', 'complete', 'technical', 'senior',
      'chain_of_thought', 'gpt-5.4-mini', 2, 452, ?)`,
  ).run(id, createdAt, JSON.stringify(session));
}

describe('migration 4: practice attempts', () => {
  let temp: ReturnType<typeof createTempDir>;
  let filename: string;

  beforeEach(() => {
    temp = createTempDir();
    filename = path.join(temp.dir, 'version-3.sqlite');
    const old = new DatabaseConstructor(filename);
    migrate(old, MIGRATIONS.slice(0, 3));
    insertVersion3Session(old, 'before-practice', '2026-01-10T09:00:00.000Z');
    old.close();
  });
  afterEach(() => {
    temp.remove();
  });

  it('opens a version 3 database whose sessions come back with no practice, and can be practised', async () => {
    const db = openDatabase({ filename });
    try {
      expect(readSchemaVersion(db)).toBe(MIGRATIONS.length);
      expect(db.prepare('SELECT last_activity_at FROM sessions').pluck().get()).toBe('2026-01-10T09:00:00.000Z');
      const sessions = createSqliteSessionStore(db, { historyLimit: 10 });
      const expected = createTestSession({ id: 'before-practice', createdAt: '2026-01-10T09:00:00.000Z' });
      expect(await sessions.findSession(LOCAL_OWNER, 'before-practice')).toEqual(expected);
      expect((await sessions.listSessions(LOCAL_OWNER))[0]?.costUsd).toBe(0.000452);

      const place = { sessionId: 'before-practice', threadId: TEST_THREAD_ID, questionIndex: 0 };
      expect(await createSqlitePracticeStore(db).saveAttempt(LOCAL_OWNER, place, 'coach', createTestAttempt())).toBe(
        true,
      );
      expect((await sessions.findSession(LOCAL_OWNER, 'before-practice'))?.practice).toHaveLength(1);
    } finally {
      db.close();
    }
  });

  it('brings a future last activity, backfilled from a future creation date, back to now', async () => {
    const old = new DatabaseConstructor(filename);
    old.prepare("UPDATE sessions SET created_at = '2099-01-01T00:00:00.000Z'").run();
    old.close();
    const db = openDatabase({ filename });
    try {
      const opened = Date.parse('2026-12-01T12:00:00.000Z');
      createSqliteSessionStore(db, { historyLimit: 10, now: () => opened });
      expect(db.prepare('SELECT created_at, last_activity_at FROM sessions').get()).toEqual({
        created_at: '2026-12-01T12:00:00.000Z',
        last_activity_at: '2026-12-01T12:00:00.000Z',
      });
    } finally {
      db.close();
    }
  });
});
