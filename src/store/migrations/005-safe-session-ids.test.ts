import path from 'node:path';
import DatabaseConstructor, { type Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOCAL_OWNER } from '../../app/ports.js';
import { SessionIdSchema } from '../../core/schemas/session-id.js';
import { createSqlitePracticeStore } from '../create-sqlite-practice-store.js';
import { createSqliteSessionStore } from '../create-sqlite-session-store.js';
import { openDatabase } from '../open-database.js';
import { createTempDir } from '../testing/create-temp-dir.js';
import { createTestAttempt, TEST_THREAD_ID } from '../testing/create-test-attempt.js';
import { createTestSession } from '../testing/create-test-session.js';
import { migrate } from './migrate.js';
import { MIGRATIONS } from './migrations.js';

/** Ids an import accepted before they were restricted: none can be addressed by the routes. */
const UNSAFE_IDS = ['..', '.', 'export', 'x'.repeat(100), 'a/b', 'lone-\uD800-surrogate'];

function insertSession(db: Database, id: string): void {
  db.prepare(
    `INSERT INTO sessions (owner_id, id, created_at, last_activity_at, title, status, interview_type,
      experience_level, technique, model, question_count, cost_micro_usd, data)
    VALUES ('local', ?, '2026-01-10T09:00:00.000Z', '2026-01-10T09:00:00.000Z', 'Nurse', 'complete',
      'technical', 'senior', 'chain_of_thought', 'gpt-5.4-mini', 2, 452, ?)`,
  ).run(id, JSON.stringify(createTestSession({ id, createdAt: '2026-01-10T09:00:00.000Z' })));
}

function insertAttempt(db: Database, sessionId: string): void {
  const practice = createSqlitePracticeStore(db);
  return void practice.saveAttempt(
    LOCAL_OWNER,
    { sessionId, threadId: TEST_THREAD_ID, questionIndex: 0 },
    'coach',
    createTestAttempt(),
  );
}

describe('migration 5: safe session ids', () => {
  let temp: ReturnType<typeof createTempDir>;
  let filename: string;

  beforeEach(() => {
    temp = createTempDir();
    filename = path.join(temp.dir, 'version-4.sqlite');
    const old = new DatabaseConstructor(filename);
    migrate(old, MIGRATIONS.slice(0, 4));
    for (const id of [...UNSAFE_IDS, 'kept-as-it-is']) insertSession(old, id);
    insertAttempt(old, '..');
    old.close();
  });
  afterEach(() => {
    temp.remove();
  });

  it('gives every unaddressable session a new id that opens, keeps the others, and moves the practice along', async () => {
    const db = openDatabase({ filename });
    try {
      const sessions = createSqliteSessionStore(db, { historyLimit: 100 });
      const listed = await sessions.listSessions(LOCAL_OWNER);
      expect(listed).toHaveLength(UNSAFE_IDS.length + 1);
      expect(listed.every((entry) => SessionIdSchema.safeParse(entry.id).success)).toBe(true);
      expect(listed.map((entry) => entry.id)).toContain('kept-as-it-is');
      for (const entry of listed) expect((await sessions.findSession(LOCAL_OWNER, entry.id))?.id).toBe(entry.id);
      const practised = await Promise.all(listed.map((entry) => sessions.findSession(LOCAL_OWNER, entry.id)));
      expect(practised.filter((session) => (session?.practice.length ?? 0) > 0)).toHaveLength(1);
      const renamed = listed.find((entry) => entry.id !== 'kept-as-it-is')?.id ?? '';
      expect(await sessions.deleteSession(LOCAL_OWNER, renamed)).toBe(true);
    } finally {
      db.close();
    }
  });
});
