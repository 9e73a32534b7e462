import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOCAL_OWNER, type AttemptPlace, type PracticeStore, type SessionStore } from '../app/ports.js';
import type { PracticeAttempt } from '../core/schemas/practice.js';
import { createSqlitePracticeStore } from './create-sqlite-practice-store.js';
import { createSqliteSessionStore } from './create-sqlite-session-store.js';
import { openDatabase } from './open-database.js';
import { createTempDir } from './testing/create-temp-dir.js';
import { createTestAttempt, TEST_THREAD_ID } from './testing/create-test-attempt.js';
import { createTestSession } from './testing/create-test-session.js';

const OTHER_OWNER = { ownerId: 'someone-else' };
const PLACE: AttemptPlace = { sessionId: 'session-1', threadId: TEST_THREAD_ID, questionIndex: 0 };

/** The attempt at `turn` of the test thread, dated `turn` minutes after the first. */
function attemptAtTurn(turn: number, overrides: Partial<PracticeAttempt> = {}): PracticeAttempt {
  return createTestAttempt({
    id: randomUUID(),
    turn,
    createdAt: new Date(Date.UTC(2026, 0, 15, 11, turn)).toISOString(),
    ...overrides,
  });
}

// What every PracticeStore does is in contract/practice-store.contract.ts, run on both engines.
describe('createSqlitePracticeStore', () => {
  let temp: ReturnType<typeof createTempDir>;
  let db: Database;
  let sessions: SessionStore;
  let practice: PracticeStore;
  let warnings: object[];

  beforeEach(async () => {
    temp = createTempDir();
    db = openDatabase({ dataDir: temp.dir });
    warnings = [];
    const logger = { warn: (details: object) => warnings.push(details) };
    sessions = createSqliteSessionStore(db, { historyLimit: 10, logger });
    practice = createSqlitePracticeStore(db, { logger });
    await sessions.saveSession(LOCAL_OWNER, createTestSession());
  });
  afterEach(() => {
    db.close();
    temp.remove();
  });

  it('keeps owners apart: another owner can neither see nor write', async () => {
    const attempt = createTestAttempt();
    await practice.saveAttempt(LOCAL_OWNER, PLACE, 'coach', attempt);

    expect(await practice.findAttempt(OTHER_OWNER, attempt.id)).toBeNull();
    expect(await practice.findThread(OTHER_OWNER, PLACE.sessionId, TEST_THREAD_ID)).toBeNull();
    expect(await practice.saveAttempt(OTHER_OWNER, PLACE, 'coach', attemptAtTurn(1))).toBe(false);
    expect(await sessions.findSession(OTHER_OWNER, PLACE.sessionId)).toBeNull();

    // The other owner's session of the same id holds only its own attempts.
    await sessions.saveSession(OTHER_OWNER, createTestSession());
    expect((await sessions.findSession(OTHER_OWNER, PLACE.sessionId))?.practice).toEqual([]);
    await sessions.deleteSession(OTHER_OWNER, PLACE.sessionId);
    expect(await practice.findAttempt(LOCAL_OWNER, attempt.id)).toEqual({ ...PLACE, attempt });
  });

  it('keeps attempts across closing and reopening the database', async () => {
    const attempt = createTestAttempt();
    await practice.saveAttempt(LOCAL_OWNER, PLACE, 'coach', attempt);
    db.close();
    db = openDatabase({ dataDir: temp.dir });
    const reopened = createSqlitePracticeStore(db);
    expect(await reopened.findAttempt(LOCAL_OWNER, attempt.id)).toEqual({ ...PLACE, attempt });
  });
});
