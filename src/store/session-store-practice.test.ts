import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOCAL_OWNER, type PracticeStore } from '../app/ports.js';
import type { PracticeAttempt } from '../core/schemas/practice.js';
import type { Session } from '../core/schemas/session.js';
import { createSqlitePracticeStore } from './create-sqlite-practice-store.js';
import { createSqliteSessionStore } from './create-sqlite-session-store.js';
import { openDatabase } from './open-database.js';
import { createTempDir } from './testing/create-temp-dir.js';
import { createTestAttempt, createTestThread } from './testing/create-test-attempt.js';
import { createTestSession } from './testing/create-test-session.js';

/** Sessions created one minute apart on 1 January, oldest first. */
function sessionsAtMinutes(count: number): Session[] {
  return Array.from({ length: count }, (_, minute) =>
    createTestSession({ id: `s${minute}`, createdAt: new Date(Date.UTC(2026, 0, 1, 9, minute)).toISOString() }),
  );
}

/** A new thread's first attempt, on question 0 of `sessionId`. */
async function practise(
  practice: PracticeStore,
  sessionId: string,
  overrides: Partial<PracticeAttempt> = {},
): Promise<PracticeAttempt> {
  const attempt = createTestAttempt({ id: randomUUID(), threadId: randomUUID(), ...overrides });
  const saved = await practice.saveAttempt(
    LOCAL_OWNER,
    { sessionId, threadId: attempt.threadId, questionIndex: 0 },
    'coach',
    attempt,
  );
  expect(saved).toBe(true);
  return attempt;
}

describe('the session store with practice attempts', () => {
  let temp: ReturnType<typeof createTempDir>;
  let db: Database;
  let practice: PracticeStore;
  const historyOf = (limit: number) => createSqliteSessionStore(db, { historyLimit: limit });
  const attemptRows = () => db.prepare('SELECT session_id FROM practice_attempts ORDER BY session_id').pluck().all();

  beforeEach(() => {
    temp = createTempDir();
    db = openDatabase({ dataDir: temp.dir });
    practice = createSqlitePracticeStore(db);
  });
  afterEach(() => {
    db.close();
    temp.remove();
  });

  it('deletes a session with its attempts, and clears them all', async () => {
    const sessions = historyOf(10);
    for (const session of sessionsAtMinutes(3)) await sessions.saveSession(LOCAL_OWNER, session);
    for (const id of ['s0', 's1', 's2']) await practise(practice, id);

    expect(await sessions.deleteSession(LOCAL_OWNER, 's1')).toBe(true);
    expect(attemptRows()).toEqual(['s0', 's2']);
    expect(await sessions.clearSessions(LOCAL_OWNER)).toBe(2);
    expect(attemptRows()).toEqual([]);
  });

  it('prunes by last activity: a session practised lately outlives newer idle ones, with its attempts', async () => {
    const sessions = historyOf(3);
    const [s0, s1, s2, s3, s4] = sessionsAtMinutes(5);
    for (const session of [s0!, s1!, s2!]) await sessions.saveSession(LOCAL_OWNER, session);
    await practise(practice, 's0', { createdAt: '2026-01-02T08:00:00.000Z' });
    await practise(practice, 's1', { createdAt: '2026-01-01T09:01:30.000Z' });

    await sessions.saveSession(LOCAL_OWNER, s3!);
    await sessions.saveSession(LOCAL_OWNER, s4!);

    expect((await sessions.listSessions(LOCAL_OWNER)).map((summary) => summary.id)).toEqual(['s4', 's3', 's0']);
    expect(attemptRows()).toEqual(['s0']);
  });

  it('still keeps the session just saved, even when every other one was practised later', async () => {
    const sessions = historyOf(2);
    const [s0, s1, s2] = sessionsAtMinutes(3);
    for (const session of [s0!, s1!]) await sessions.saveSession(LOCAL_OWNER, session);
    for (const id of ['s0', 's1']) await practise(practice, id, { createdAt: '2026-01-05T08:00:00.000Z' });

    await sessions.saveSession(LOCAL_OWNER, s2!);
    expect((await sessions.listSessions(LOCAL_OWNER)).map((summary) => summary.id)).toEqual(['s2', 's1']);
  });

  it('does not move a session back in activity when an older attempt is saved after a newer one', async () => {
    const sessions = historyOf(2);
    const [s0, s1, s2] = sessionsAtMinutes(3);
    await sessions.saveSession(LOCAL_OWNER, s0!);
    await practise(practice, 's0', { createdAt: '2026-01-03T08:00:00.000Z' });
    await practise(practice, 's0', { createdAt: '2026-01-01T09:00:10.000Z' });
    await sessions.saveSession(LOCAL_OWNER, s1!);
    await sessions.saveSession(LOCAL_OWNER, s2!);
    expect((await sessions.listSessions(LOCAL_OWNER)).map((summary) => summary.id)).toEqual(['s2', 's0']);
  });

  it('lists what the generation and its attempts cost together; unknown only when no part is known', async () => {
    const sessions = historyOf(10);
    const unknownPrice = { ...createTestAttempt().usage!, costUsd: null };
    await sessions.saveSession(LOCAL_OWNER, createTestSession({ id: 'both-known' }));
    await sessions.saveSession(LOCAL_OWNER, createTestSession({ id: 'none-known', usage: null }));
    await sessions.saveSession(LOCAL_OWNER, createTestSession({ id: 'practice-known', usage: null }));
    await sessions.saveSession(LOCAL_OWNER, createTestSession({ id: 'not-practised' }));
    await practise(practice, 'both-known', { usage: { ...unknownPrice, costUsd: 0.0001 } });
    await practise(practice, 'both-known', { usage: { ...unknownPrice, costUsd: 0.0002 } });
    await practise(practice, 'both-known', { usage: unknownPrice });
    await practise(practice, 'none-known', { usage: unknownPrice });
    await practise(practice, 'none-known', { usage: null });
    await practise(practice, 'practice-known', { usage: { ...unknownPrice, costUsd: 0.0003 } });

    const costs = Object.fromEntries(
      (await sessions.listSessions(LOCAL_OWNER)).map((summary) => [summary.id, summary.costUsd]),
    );
    expect(costs).toEqual({
      'both-known': 0.000752,
      'none-known': null,
      'practice-known': 0.0003,
      'not-practised': 0.000452,
    });
  });

  it('keeps the attempts when a session is saved again without them (the progress saver)', async () => {
    const sessions = historyOf(10);
    await sessions.saveSession(LOCAL_OWNER, createTestSession({ status: 'partial' }));
    const attempt = await practise(practice, 'session-1');
    await sessions.saveSession(LOCAL_OWNER, createTestSession({ status: 'complete' }));

    const found = await sessions.findSession(LOCAL_OWNER, 'session-1');
    expect(found?.status).toBe('complete');
    expect(found?.practice.flatMap((thread) => thread.attempts)).toEqual([attempt]);
  });

  it('stores the threads of a session saved with them, adding to those stored', async () => {
    const sessions = historyOf(10);
    await sessions.saveSession(LOCAL_OWNER, createTestSession());
    const stored = await practise(practice, 'session-1', { createdAt: '2026-01-15T10:30:00.000Z' });
    const given = createTestThread([createTestAttempt()]);

    await sessions.saveSession(LOCAL_OWNER, createTestSession({ practice: [given] }));
    const found = await sessions.findSession(LOCAL_OWNER, 'session-1');
    expect(found?.practice.map((thread) => thread.attempts[0]?.id)).toEqual([stored.id, given.attempts[0]!.id]);
    expect(JSON.parse(db.prepare('SELECT data FROM sessions').pluck().get() as string).practice).toEqual([]);
  });

  it('imports a session with its threads, replacing the attempts it had with the file’s', async () => {
    const sessions = historyOf(10);
    await sessions.saveSession(LOCAL_OWNER, createTestSession());
    await practise(practice, 'session-1');
    const imported = createTestSession({
      practice: [createTestThread([createTestAttempt(), createTestAttempt({ id: randomUUID(), turn: 1 })])],
    });

    expect(await sessions.importSessions(LOCAL_OWNER, [imported])).toBe(1);
    expect(await sessions.findSession(LOCAL_OWNER, 'session-1')).toEqual(imported);
  });

  it('refuses, whole, an import whose thread answers one turn twice', async () => {
    const sessions = historyOf(10);
    const twice = createTestThread([createTestAttempt(), createTestAttempt({ id: randomUUID() })]);
    await expect(
      sessions.importSessions(LOCAL_OWNER, [
        createTestSession({ id: 'fine' }),
        createTestSession({ id: 'twice', practice: [twice] }),
      ]),
    ).rejects.toThrow(/same turn/);
    expect(await sessions.listSessions(LOCAL_OWNER)).toEqual([]);
  });

  it('prunes an imported session by the date of its latest attempt, not its creation', async () => {
    const sessions = historyOf(2);
    const [s0, s1, s2] = sessionsAtMinutes(3);
    const practisedLately = {
      ...s0!,
      practice: [createTestThread([createTestAttempt({ createdAt: '2026-02-01T08:00:00.000Z' })])],
    };
    expect(await sessions.importSessions(LOCAL_OWNER, [practisedLately, s1!, s2!])).toBe(2);
    expect((await sessions.listSessions(LOCAL_OWNER)).map((summary) => summary.id)).toEqual(['s2', 's0']);
  });
});
