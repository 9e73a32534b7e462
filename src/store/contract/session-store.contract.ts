import { describe, expect, it } from 'vitest';
import { AppError } from '../../core/errors.js';
import type { Session } from '../../core/schemas/session.js';
import { createSessionId } from '../create-session-id.js';
import { prepareSessionImport } from '../prepare-session-import.js';
import { createTestSession } from '../testing/create-test-session.js';
import { createTestAttempt, createTestThread } from '../testing/create-test-attempt.js';
import { ALICE, BOB, countRows, useContractDatabase, type ContractEngine } from './contract-database.js';

/** Sessions created one minute apart, oldest first. */
export function sessionsAtMinutes(count: number): Session[] {
  return Array.from({ length: count }, (_, minute) =>
    createTestSession({ id: `s${minute}`, createdAt: new Date(Date.UTC(2026, 0, 1, 9, minute)).toISOString() }),
  );
}

const idsOf = (summaries: Array<{ id: string }>) => summaries.map((summary) => summary.id);

/** What every SessionStore does, whatever the engine. */
export function describeSessionStoreContract(engine: ContractEngine): void {
  describe(`SessionStore on ${engine.name}`, () => {
    const database = useContractDatabase(engine);
    const open = (historyLimit = 10) => database().openSessionStore({ historyLimit });

    it('gives back exactly the session it saved', async () => {
      const store = await open();
      const session = createTestSession({
        status: 'partial',
        error: { code: 'output_truncated', message: 'Cut off.' },
      });
      await store.saveSession(ALICE, session);
      expect(await store.findSession(ALICE, session.id)).toEqual(session);
      expect(await store.findSession(ALICE, 'unknown')).toBeNull();
    });

    it('saves the progress of several generations of several owners in one call, pruned like saveSession', async () => {
      const store = await open(3);
      for (const session of sessionsAtMinutes(2)) await store.saveSession(ALICE, session);
      const running = ['r1', 'r2'].map((id) => createTestSession({ id, status: 'partial' }));
      const bobs = createTestSession({ id: 'r1', status: 'partial', title: 'Bob’s own' });
      await store.saveProgress([
        ...running.map((session) => ({ owner: ALICE, session })),
        { owner: BOB, session: bobs },
      ]);

      expect(await store.findSession(ALICE, 'r1')).toEqual(running[0]);
      expect(await store.findSession(ALICE, 'r2')).toEqual(running[1]);
      expect(await store.findSession(BOB, 'r1')).toEqual(bobs);
      expect(idsOf(await store.listSessions(ALICE)).sort()).toEqual(['r1', 'r2', 's1']);
    });

    it('saves no progress when a session of the batch is invalid, and refuses sessions with practice', async () => {
      const store = await open();
      const invalid = { ...createTestSession({ id: 'broken' }), title: 42 } as unknown as Session;
      const batch = [createTestSession({ id: 'fine' }), invalid].map((session) => ({ owner: ALICE, session }));
      await expect(store.saveProgress(batch)).rejects.toThrow();
      expect(await store.findSession(ALICE, 'fine')).toBeNull();
      const practised = {
        ...createTestSession({ id: 'practised' }),
        practice: [createTestThread([createTestAttempt()])],
      };
      await expect(store.saveProgress([{ owner: ALICE, session: practised }])).rejects.toThrow(RangeError);
    });

    it('is read by another connection once saved (another instance, or after a restart)', async () => {
      await (await open()).saveSession(ALICE, createTestSession({ id: 'persisted' }));
      const elsewhere = await (await database().connectAgain()).openSessionStore({ historyLimit: 10 });
      expect(await elsewhere.findSession(ALICE, 'persisted')).toEqual(createTestSession({ id: 'persisted' }));
    });

    it('lists newest first with the fields the history shows', async () => {
      const store = await open();
      await store.saveSession(ALICE, createTestSession({ id: 'older', createdAt: '2026-01-01T09:00:00.000Z' }));
      const base = createTestSession();
      await store.saveSession(
        ALICE,
        createTestSession({
          id: 'newer',
          createdAt: '2026-01-02T09:00:00Z',
          title: '',
          status: 'partial',
          model: 'llama3.1:8b',
          usage: null,
          request: { ...base.request, interviewType: 'behavioral', experienceLevel: 'junior', technique: 'few_shot' },
          result: { ...base.result, questions: base.result.questions.slice(0, 1) },
        }),
      );

      expect(await store.listSessions(ALICE)).toEqual([
        {
          id: 'newer',
          createdAt: '2026-01-02T09:00:00.000Z',
          title: 'Senior Backend Engineer — Acme',
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

    it('orders by time, not by how the timestamp is written, then by saving order', async () => {
      const store = await open();
      await store.saveSession(
        ALICE,
        createTestSession({ id: 'half-second-later', createdAt: '2026-01-01T09:00:00.500Z' }),
      );
      await store.saveSession(ALICE, createTestSession({ id: 'on-the-second', createdAt: '2026-01-01T09:00:00Z' }));
      for (const id of ['first', 'second', 'third']) {
        await store.saveSession(ALICE, createTestSession({ id, createdAt: '2026-01-01T08:00:00.000Z' }));
      }
      expect(idsOf(await store.listSessions(ALICE))).toEqual([
        'half-second-later',
        'on-the-second',
        'third',
        'second',
        'first',
      ]);
    });

    it('keeps exactly the newest historyLimit sessions', async () => {
      const store = await open(3);
      for (const session of sessionsAtMinutes(5)) await store.saveSession(ALICE, session);
      expect(idsOf(await store.listSessions(ALICE))).toEqual(['s4', 's3', 's2']);
      expect(await store.findSession(ALICE, 's1')).toBeNull();
      expect(await countRows(database(), 'sessions')).toBe(3);
    });

    it('keeps the history limit when saves race from two connections', async () => {
      const stores = [await open(3), await (await database().connectAgain()).openSessionStore({ historyLimit: 3 })];
      await Promise.all(sessionsAtMinutes(12).map((session, index) => stores[index % 2]!.saveSession(ALICE, session)));
      expect(await countRows(database(), 'sessions')).toBe(3);
    });

    it('never prunes the session it just saved, even when the history is full of later dates', async () => {
      const store = await open(3);
      const future = ['f1', 'f2', 'f3'].map((id, index) =>
        createTestSession({ id, createdAt: new Date(Date.UTC(2099, 0, 1, index)).toISOString() }),
      );
      await store.importSessions(ALICE, future);
      await store.saveSession(ALICE, createTestSession({ id: 'new-generation' }));
      await store.saveSession(ALICE, createTestSession({ id: 'another-one' }));
      expect(idsOf(await store.listSessions(ALICE))).toEqual(['f3', 'f2', 'another-one']);
    });

    it('dates sessions from the future now when it opens, so new generations are the newest again', async () => {
      await (
        await open()
      ).importSessions(
        ALICE,
        ['f1', 'f2'].map((id) => createTestSession({ id, createdAt: '2099-01-01T00:00:00.000Z' })),
      );
      const warnings: object[] = [];
      const opened = Date.parse('2026-12-01T12:00:00.000Z');
      const reopened = await database().openSessionStore({
        historyLimit: 3,
        now: () => opened,
        logger: { warn: (details) => warnings.push(details) },
      });
      expect(warnings).toEqual([{ sessions: 2 }]);
      expect((await reopened.findSession(ALICE, 'f1'))?.createdAt).toBe('2026-12-01T12:00:00.000Z');

      for (const id of ['g1', 'g2', 'g3']) {
        await reopened.saveSession(ALICE, createTestSession({ id, createdAt: new Date(opened + 1000).toISOString() }));
      }
      expect(idsOf(await reopened.listSessions(ALICE))).toEqual(['g3', 'g2', 'g1']);
    });

    it('refuses ids outside the safe alphabet, and the route words', async () => {
      const store = await open();
      for (const id of ['..', '.', 'a/b', 'a'.repeat(65), '\uD800', 'export', 'Import', '']) {
        await expect(store.saveSession(ALICE, createTestSession({ id }))).rejects.toThrow(/"id"|at id/);
      }
      expect(await store.listSessions(ALICE)).toEqual([]);
      await store.saveSession(ALICE, createTestSession({ id: createSessionId() }));
      await store.saveSession(ALICE, createTestSession({ id: `A-z_0${'9'.repeat(59)}` }));
      expect(await store.listSessions(ALICE)).toHaveLength(2);
    });

    it('replaces a session saved again under the same id', async () => {
      const store = await open();
      await store.saveSession(ALICE, createTestSession({ id: 'same', status: 'partial' }));
      await store.saveSession(ALICE, createTestSession({ id: 'same', status: 'complete' }));
      const summaries = await store.listSessions(ALICE);
      expect(summaries.map((summary) => summary.status)).toEqual(['complete']);
    });

    it('rejects an invalid session and saves nothing', async () => {
      const store = await open();
      const invalid = { ...createTestSession(), createdAt: 'yesterday' } as Session;
      await expect(store.saveSession(ALICE, invalid)).rejects.toThrow(AppError);
      await expect(store.saveSession(ALICE, invalid)).rejects.toThrow(/createdAt/);
      expect(await store.listSessions(ALICE)).toEqual([]);
    });

    it('deletes one session and says whether it existed; clears all and counts them', async () => {
      const store = await open();
      for (const session of sessionsAtMinutes(3)) await store.saveSession(ALICE, session);
      expect(await store.deleteSession(ALICE, 's0')).toBe(true);
      expect(await store.deleteSession(ALICE, 's0')).toBe(false);
      expect(idsOf(await store.listSessions(ALICE))).toEqual(['s2', 's1']);
      expect(await store.clearSessions(ALICE)).toBe(2);
      expect(await store.listSessions(ALICE)).toEqual([]);
      expect(await store.clearSessions(ALICE)).toBe(0);
    });

    it('imports sessions, replacing same ids, and counts those kept after pruning', async () => {
      const store = await open(4);
      await store.saveSession(
        ALICE,
        createTestSession({ id: 's5', title: 'Before import', createdAt: '2026-01-01T09:05:00.000Z' }),
      );
      expect(await store.importSessions(ALICE, sessionsAtMinutes(6))).toBe(4);
      const summaries = await store.listSessions(ALICE);
      expect(idsOf(summaries)).toEqual(['s5', 's4', 's3', 's2']);
      expect(summaries[0]?.title).toBe(createTestSession().title);
      const ancient = createTestSession({ id: 'ancient', createdAt: '2000-01-01T00:00:00.000Z' });
      expect(await store.importSessions(ALICE, [ancient])).toBe(0);
    });

    it('imports rows prepared apart (in a worker thread) as importSessions would', async () => {
      const store = await open(2);
      const prepared = prepareSessionImport(ALICE.ownerId, sessionsAtMinutes(3), Date.now());
      expect(await store.importPrepared(ALICE, prepared)).toBe(2);
      expect(idsOf(await store.listSessions(ALICE))).toEqual(['s2', 's1']);
    });

    it('imports all or nothing when one session is invalid', async () => {
      const store = await open();
      const sessions = [
        createTestSession({ id: 'good' }),
        { ...createTestSession({ id: 'bad' }), status: 'unknown' } as unknown as Session,
      ];
      await expect(store.importSessions(ALICE, sessions)).rejects.toThrow(/"bad"/);
      expect(await store.listSessions(ALICE)).toEqual([]);
    });

    it('treats an unreadable stored session as missing and reports it', async () => {
      const warnings: object[] = [];
      const store = await database().openSessionStore({
        historyLimit: 10,
        logger: { warn: (details) => warnings.push(details) },
      });
      await store.saveSession(ALICE, createTestSession({ id: 'damaged' }));
      await database().damage('sessions', 'damaged');
      expect(await store.findSession(ALICE, 'damaged')).toBeNull();
      expect(warnings).toEqual([expect.objectContaining({ sessionId: 'damaged' })]);
    });
  });
}
