import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOCAL_OWNER, type AttemptPlace, type PracticeStore, type SessionStore } from '../app/ports.js';
import { AppError } from '../core/errors.js';
import type { PracticeAttempt } from '../core/schemas/practice.js';
import { createSqlitePracticeStore } from './create-sqlite-practice-store.js';
import { createSqliteSessionStore } from './create-sqlite-session-store.js';
import { openDatabase } from './open-database.js';
import { createTempDir } from './testing/create-temp-dir.js';
import { createTestAttempt, createTestThread, TEST_THREAD_ID } from './testing/create-test-attempt.js';
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

function countAttemptRows(db: Database): number {
  return db.prepare('SELECT count(*) FROM practice_attempts').pluck().get() as number;
}

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

  it('saves an attempt and finds it, its thread, and the session with its thread', async () => {
    const attempt = createTestAttempt();
    expect(await practice.saveAttempt(LOCAL_OWNER, PLACE, 'coach', attempt)).toBe(true);

    expect(await practice.findAttempt(LOCAL_OWNER, attempt.id)).toEqual({ ...PLACE, attempt });
    expect(await practice.findThread(LOCAL_OWNER, PLACE.sessionId, TEST_THREAD_ID)).toEqual(
      createTestThread([attempt]),
    );
    expect((await sessions.findSession(LOCAL_OWNER, PLACE.sessionId))?.practice).toEqual([createTestThread([attempt])]);
    expect(await practice.findAttempt(LOCAL_OWNER, randomUUID())).toBeNull();
    expect(await practice.findThread(LOCAL_OWNER, PLACE.sessionId, randomUUID())).toBeNull();
  });

  it('gives threads oldest first and attempts in turn order, whatever the saving order', async () => {
    const turns = [attemptAtTurn(0), attemptAtTurn(1), attemptAtTurn(2)];
    for (const attempt of [turns[2]!, turns[0]!, turns[1]!]) {
      await practice.saveAttempt(LOCAL_OWNER, PLACE, 'interview', attempt);
    }
    const laterThreadId = randomUUID();
    const later = createTestAttempt({
      id: randomUUID(),
      threadId: laterThreadId,
      createdAt: '2026-01-16T08:00:00.000Z',
    });
    await practice.saveAttempt(LOCAL_OWNER, { ...PLACE, threadId: laterThreadId, questionIndex: 1 }, 'coach', later);

    const threads = (await sessions.findSession(LOCAL_OWNER, PLACE.sessionId))?.practice;
    expect(threads?.map((thread) => [thread.id, thread.questionIndex, thread.mode])).toEqual([
      [TEST_THREAD_ID, 0, 'interview'],
      [laterThreadId, 1, 'coach'],
    ]);
    expect(threads?.[0]?.attempts.map((attempt) => attempt.turn)).toEqual([0, 1, 2]);
    // Dated by the attempt saved first.
    expect(threads?.[0]?.createdAt).toBe(turns[2]!.createdAt);
  });

  it('replaces an attempt saved again under its id (partial, then complete)', async () => {
    const partial = createTestAttempt({ status: 'partial', followUp: null });
    await practice.saveAttempt(LOCAL_OWNER, PLACE, 'coach', partial);
    await practice.saveAttempt(LOCAL_OWNER, PLACE, 'coach', createTestAttempt());
    expect((await practice.findThread(LOCAL_OWNER, PLACE.sessionId, TEST_THREAD_ID))?.attempts).toEqual([
      createTestAttempt(),
    ]);
  });

  it('keeps the mode a thread started in', async () => {
    await practice.saveAttempt(LOCAL_OWNER, PLACE, 'interview', attemptAtTurn(0));
    await practice.saveAttempt(LOCAL_OWNER, PLACE, 'coach', attemptAtTurn(1, { mode: 'coach' }));
    const thread = await practice.findThread(LOCAL_OWNER, PLACE.sessionId, TEST_THREAD_ID);
    expect(thread?.mode).toBe('interview');
    expect(thread?.attempts.map((attempt) => attempt.mode)).toEqual(['coach', 'coach']);
  });

  it('says false, and saves nothing, for a session that does not exist', async () => {
    expect(
      await practice.saveAttempt(LOCAL_OWNER, { ...PLACE, sessionId: 'unknown' }, 'coach', createTestAttempt()),
    ).toBe(false);
    expect(countAttemptRows(db)).toBe(0);
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

  it('refuses an invalid attempt, an attempt of another thread, and a turn already answered', async () => {
    const invalid = { ...createTestAttempt(), turn: 9 };
    await expect(practice.saveAttempt(LOCAL_OWNER, PLACE, 'coach', invalid)).rejects.toThrow(/at turn/);
    await expect(
      practice.saveAttempt(LOCAL_OWNER, { ...PLACE, threadId: randomUUID() }, 'coach', createTestAttempt()),
    ).rejects.toThrow(/belongs to thread/);

    await practice.saveAttempt(LOCAL_OWNER, PLACE, 'coach', attemptAtTurn(0));
    const sameTurn = practice.saveAttempt(LOCAL_OWNER, PLACE, 'coach', attemptAtTurn(0));
    await expect(sameTurn).rejects.toThrow(AppError);
    await expect(practice.saveAttempt(LOCAL_OWNER, PLACE, 'coach', attemptAtTurn(0))).rejects.toThrow(/same turn/);
    expect(countAttemptRows(db)).toBe(1);
  });

  it('refuses to put a thread on another question than the one it is on', async () => {
    await practice.saveAttempt(LOCAL_OWNER, PLACE, 'coach', attemptAtTurn(0));
    const error = await practice
      .saveAttempt(LOCAL_OWNER, { ...PLACE, questionIndex: 1 }, 'coach', attemptAtTurn(1))
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('invalid_input');
  });

  it('leaves out, and reports, a stored attempt that no longer reads as valid', async () => {
    const damaged = attemptAtTurn(0);
    await practice.saveAttempt(LOCAL_OWNER, PLACE, 'coach', damaged);
    await practice.saveAttempt(LOCAL_OWNER, PLACE, 'coach', attemptAtTurn(1));
    db.prepare(`UPDATE practice_attempts SET data = json_set(data, '$.status', 'exploded') WHERE id = ?`).run(
      damaged.id,
    );

    expect(await practice.findAttempt(LOCAL_OWNER, damaged.id)).toBeNull();
    expect((await practice.findThread(LOCAL_OWNER, PLACE.sessionId, TEST_THREAD_ID))?.attempts).toHaveLength(1);
    const session = await sessions.findSession(LOCAL_OWNER, PLACE.sessionId);
    expect(session?.practice[0]?.attempts.map((attempt) => attempt.turn)).toEqual([1]);
    expect(warnings).toContainEqual(expect.objectContaining({ attemptId: damaged.id }));
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
