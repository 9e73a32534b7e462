import type { Database } from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../core/errors.js';
import type { Session } from '../core/schemas/session.js';
import { createSessionId } from './create-session-id.js';
import { createSqliteSessionStore } from './create-sqlite-session-store.js';
import { openDatabase } from './open-database.js';
import { LOCAL_OWNER, type SessionStore } from '../app/ports.js';
import { createTempDir } from './testing/create-temp-dir.js';
import { createTestSession } from './testing/create-test-session.js';

/** Sessions created one minute apart, oldest first. */
function sessionsAtMinutes(count: number): Session[] {
  return Array.from({ length: count }, (_, minute) =>
    createTestSession({ id: `s${minute}`, createdAt: new Date(Date.UTC(2026, 0, 1, 9, minute)).toISOString() }),
  );
}

describe('createSqliteSessionStore', () => {
  let temp: ReturnType<typeof createTempDir>;
  let db: Database;
  let store: SessionStore;

  beforeEach(() => {
    temp = createTempDir();
    db = openDatabase({ dataDir: temp.dir });
    store = createSqliteSessionStore(db, { historyLimit: 10 });
  });
  afterEach(() => {
    db.close();
    temp.remove();
  });

  it('gives back exactly the session it saved', async () => {
    const session = createTestSession({ status: 'partial', error: { code: 'output_truncated', message: 'Cut off.' } });
    await store.saveSession(LOCAL_OWNER, session);
    expect(await store.findSession(LOCAL_OWNER, session.id)).toEqual(session);
    expect(await store.findSession(LOCAL_OWNER, 'unknown')).toBeNull();
  });

  it('keeps sessions across closing and reopening the database', async () => {
    await store.saveSession(LOCAL_OWNER, createTestSession({ id: 'persisted' }));
    db.close();
    db = openDatabase({ dataDir: temp.dir });
    const reopened = createSqliteSessionStore(db, { historyLimit: 10 });
    expect(await reopened.findSession(LOCAL_OWNER, 'persisted')).toEqual(createTestSession({ id: 'persisted' }));
  });

  it('lists newest first with the fields the history shows', async () => {
    await store.saveSession(LOCAL_OWNER, createTestSession({ id: 'older', createdAt: '2026-01-01T09:00:00.000Z' }));
    await store.saveSession(
      LOCAL_OWNER,
      createTestSession({
        id: 'newer',
        createdAt: '2026-01-02T09:00:00Z',
        title: '',
        status: 'partial',
        model: 'llama3.1:8b',
        usage: null,
        request: {
          ...createTestSession().request,
          interviewType: 'behavioral',
          experienceLevel: 'junior',
          technique: 'few_shot',
        },
        result: { ...createTestSession().result, questions: createTestSession().result.questions.slice(0, 1) },
      }),
    );

    expect(await store.listSessions(LOCAL_OWNER)).toEqual([
      {
        id: 'newer',
        createdAt: '2026-01-02T09:00:00.000Z',
        title: 'Senior Backend Engineer — Acme', // from the job description, the title being empty
        status: 'partial',
        interviewType: 'behavioral',
        experienceLevel: 'junior',
        technique: 'few_shot',
        model: 'llama3.1:8b',
        questionCount: 1,
        costUsd: null,
      },
      {
        id: 'older',
        createdAt: '2026-01-01T09:00:00.000Z',
        title: 'Senior Backend Engineer — Acme',
        status: 'complete',
        interviewType: 'technical',
        experienceLevel: 'senior',
        technique: 'chain_of_thought',
        model: 'gpt-5.4-mini',
        questionCount: 2,
        costUsd: 0.000452,
      },
    ]);
  });

  it('orders by time, not by how the timestamp is written', async () => {
    await store.saveSession(
      LOCAL_OWNER,
      createTestSession({ id: 'half-second-later', createdAt: '2026-01-01T09:00:00.500Z' }),
    );
    await store.saveSession(LOCAL_OWNER, createTestSession({ id: 'on-the-second', createdAt: '2026-01-01T09:00:00Z' }));
    expect((await store.listSessions(LOCAL_OWNER)).map((summary) => summary.id)).toEqual([
      'half-second-later',
      'on-the-second',
    ]);
  });

  it('orders sessions saved in the same millisecond by saving order', async () => {
    for (const id of ['first', 'second', 'third']) await store.saveSession(LOCAL_OWNER, createTestSession({ id }));
    expect((await store.listSessions(LOCAL_OWNER)).map((summary) => summary.id)).toEqual(['third', 'second', 'first']);
  });

  it('keeps exactly the newest historyLimit sessions', async () => {
    const limited = createSqliteSessionStore(db, { historyLimit: 3 });
    for (const session of sessionsAtMinutes(5)) await limited.saveSession(LOCAL_OWNER, session);

    expect((await limited.listSessions(LOCAL_OWNER)).map((summary) => summary.id)).toEqual(['s4', 's3', 's2']);
    expect(await limited.findSession(LOCAL_OWNER, 's1')).toBeNull();
    expect(db.prepare('SELECT count(*) FROM sessions').pluck().get()).toBe(3);
  });

  it('writes progress at synchronous = NORMAL and is back at FULL after', async () => {
    await store.saveProgress([
      { owner: LOCAL_OWNER, session: createTestSession({ id: 'running', status: 'partial' }) },
    ]);
    expect(await store.findSession(LOCAL_OWNER, 'running')).not.toBeNull();
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL, for the saves a user is told about
  });

  it('never prunes the session it just saved, even when the history is full of later dates', async () => {
    const limited = createSqliteSessionStore(db, { historyLimit: 3 });
    const future = ['f1', 'f2', 'f3'].map((id, index) =>
      createTestSession({ id, createdAt: new Date(Date.UTC(2099, 0, 1, index)).toISOString() }),
    );
    await limited.importSessions(LOCAL_OWNER, future);

    await limited.saveSession(LOCAL_OWNER, createTestSession({ id: 'new-generation' }));
    await limited.saveSession(LOCAL_OWNER, createTestSession({ id: 'another-one' }));

    expect(await limited.findSession(LOCAL_OWNER, 'another-one')).not.toBeNull();
    expect((await limited.listSessions(LOCAL_OWNER)).map((summary) => summary.id)).toEqual(['f3', 'f2', 'another-one']);
  });

  it('dates sessions from the future now when it opens, so new generations are the newest again', async () => {
    await store.importSessions(
      LOCAL_OWNER,
      ['f1', 'f2'].map((id) => createTestSession({ id, createdAt: '2099-01-01T00:00:00.000Z' })),
    );
    const warnings: object[] = [];
    const opened = Date.parse('2026-12-01T12:00:00.000Z');
    const reopened = createSqliteSessionStore(db, {
      historyLimit: 3,
      now: () => opened,
      logger: { warn: (details) => warnings.push(details) },
    });
    expect(warnings).toEqual([{ sessions: 2 }]);
    expect((await reopened.findSession(LOCAL_OWNER, 'f1'))?.createdAt).toBe('2026-12-01T12:00:00.000Z');

    for (const id of ['g1', 'g2', 'g3'])
      await reopened.saveSession(
        LOCAL_OWNER,
        createTestSession({ id, createdAt: new Date(opened + 1000).toISOString() }),
      );
    expect((await reopened.listSessions(LOCAL_OWNER)).map((summary) => summary.id)).toEqual(['g3', 'g2', 'g1']);
  });

  it('refuses ids outside the safe alphabet, and the route words', async () => {
    for (const id of ['..', '.', 'a/b', 'a'.repeat(65), '\uD800', 'export', 'Import', '']) {
      await expect(store.saveSession(LOCAL_OWNER, createTestSession({ id }))).rejects.toThrow(/"id"|at id/);
    }
    expect(await store.listSessions(LOCAL_OWNER)).toEqual([]);
    await store.saveSession(LOCAL_OWNER, createTestSession({ id: createSessionId() }));
    await store.saveSession(LOCAL_OWNER, createTestSession({ id: `A-z_0${'9'.repeat(59)}` }));
    expect(await store.listSessions(LOCAL_OWNER)).toHaveLength(2);
  });

  it('replaces a session saved again under the same id', async () => {
    await store.saveSession(LOCAL_OWNER, createTestSession({ id: 'same', status: 'partial' }));
    await store.saveSession(LOCAL_OWNER, createTestSession({ id: 'same', status: 'complete' }));
    const summaries = await store.listSessions(LOCAL_OWNER);
    expect(summaries).toHaveLength(1);
    expect(summaries[0]?.status).toBe('complete');
  });

  it('rejects an invalid session and saves nothing', async () => {
    const invalid = { ...createTestSession(), createdAt: 'yesterday' } as Session;
    await expect(store.saveSession(LOCAL_OWNER, invalid)).rejects.toThrow(AppError);
    await expect(store.saveSession(LOCAL_OWNER, invalid)).rejects.toThrow(/createdAt/);
    expect(await store.listSessions(LOCAL_OWNER)).toEqual([]);
  });

  it('deletes one session, and says whether it existed', async () => {
    for (const session of sessionsAtMinutes(2)) await store.saveSession(LOCAL_OWNER, session);
    expect(await store.deleteSession(LOCAL_OWNER, 's0')).toBe(true);
    expect(await store.deleteSession(LOCAL_OWNER, 's0')).toBe(false);
    expect((await store.listSessions(LOCAL_OWNER)).map((summary) => summary.id)).toEqual(['s1']);
  });

  it('clears all sessions and counts them', async () => {
    for (const session of sessionsAtMinutes(3)) await store.saveSession(LOCAL_OWNER, session);
    expect(await store.clearSessions(LOCAL_OWNER)).toBe(3);
    expect(await store.listSessions(LOCAL_OWNER)).toEqual([]);
    expect(await store.clearSessions(LOCAL_OWNER)).toBe(0);
  });

  it('imports sessions, replacing same ids, and counts those kept after pruning', async () => {
    const limited = createSqliteSessionStore(db, { historyLimit: 4 });
    await limited.saveSession(
      LOCAL_OWNER,
      createTestSession({ id: 's5', title: 'Before import', createdAt: '2026-01-01T09:05:00.000Z' }),
    );

    expect(await limited.importSessions(LOCAL_OWNER, sessionsAtMinutes(6))).toBe(4);

    const summaries = await limited.listSessions(LOCAL_OWNER);
    expect(summaries.map((summary) => summary.id)).toEqual(['s5', 's4', 's3', 's2']);
    expect(summaries[0]?.title).toBe(createTestSession().title);
    expect(
      await limited.importSessions(LOCAL_OWNER, [
        createTestSession({ id: 'ancient', createdAt: '2000-01-01T00:00:00.000Z' }),
      ]),
    ).toBe(0);
  });

  it('imports all or nothing when one session is invalid', async () => {
    const sessions = [
      createTestSession({ id: 'good' }),
      { ...createTestSession({ id: 'bad' }), status: 'unknown' } as unknown as Session,
    ];
    await expect(store.importSessions(LOCAL_OWNER, sessions)).rejects.toThrow(/"bad"/);
    expect(await store.listSessions(LOCAL_OWNER)).toEqual([]);
  });

  it('treats an unreadable stored session as missing and reports it', async () => {
    const warnings: object[] = [];
    const logged = createSqliteSessionStore(db, {
      historyLimit: 10,
      logger: { warn: (details) => warnings.push(details) },
    });
    await logged.saveSession(LOCAL_OWNER, createTestSession({ id: 'damaged' }));
    db.prepare(`UPDATE sessions SET data = json_set(data, '$.status', 'exploded') WHERE id = 'damaged'`).run();

    expect(await logged.findSession(LOCAL_OWNER, 'damaged')).toBeNull();
    expect(warnings).toEqual([expect.objectContaining({ sessionId: 'damaged' })]);
  });

  it('refuses a history limit below one', () => {
    expect(() => createSqliteSessionStore(db, { historyLimit: 0 })).toThrow(RangeError);
  });
});

describe('createSessionId', () => {
  it('makes distinct URL-safe ids', () => {
    const ids = Array.from({ length: 1000 }, createSessionId);
    expect(new Set(ids).size).toBe(1000);
    for (const id of ids) expect(encodeURIComponent(id)).toBe(id);
  });
});
