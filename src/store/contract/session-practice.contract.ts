import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { PracticeStore, SessionStore } from '../../app/ports.js';
import type { PracticeAttempt } from '../../core/schemas/practice.js';
import { createTestAttempt, createTestThread } from '../testing/create-test-attempt.js';
import { createTestSession } from '../testing/create-test-session.js';
import { ALICE, useContractDatabase, type ContractEngine } from './contract-database.js';
import { sessionsAtMinutes } from './session-store.contract.js';

const idsOf = (summaries: Array<{ id: string }>) => summaries.map((summary) => summary.id);

/** How every SessionStore keeps a session's practice attempts with it, whatever the engine. */
export function describeSessionPracticeContract(engine: ContractEngine): void {
  describe(`SessionStore with practice attempts on ${engine.name}`, () => {
    const database = useContractDatabase(engine);
    const historyOf = (historyLimit: number) => database().openSessionStore({ historyLimit });
    const attemptSessions = async () =>
      (await database().select('SELECT session_id FROM practice_attempts ORDER BY session_id')).map(
        (row) => row.session_id,
      );

    /** A new thread's first attempt, on question 0 of `sessionId`. */
    async function practise(sessionId: string, overrides: Partial<PracticeAttempt> = {}): Promise<PracticeAttempt> {
      const practice: PracticeStore = database().practiceStore();
      const attempt = createTestAttempt({ id: randomUUID(), threadId: randomUUID(), ...overrides });
      const place = { sessionId, threadId: attempt.threadId, questionIndex: 0 };
      expect(await practice.saveAttempt(ALICE, place, 'coach', attempt)).toBe(true);
      return attempt;
    }

    async function saveAll(sessions: SessionStore, ...toSave: Parameters<SessionStore['saveSession']>[1][]) {
      for (const session of toSave) await sessions.saveSession(ALICE, session);
    }

    it('deletes a session with its attempts, and clears them all', async () => {
      const sessions = await historyOf(10);
      await saveAll(sessions, ...sessionsAtMinutes(3));
      for (const id of ['s0', 's1', 's2']) await practise(id);

      expect(await sessions.deleteSession(ALICE, 's1')).toBe(true);
      expect(await attemptSessions()).toEqual(['s0', 's2']);
      expect(await sessions.clearSessions(ALICE)).toBe(2);
      expect(await attemptSessions()).toEqual([]);
    });

    it('prunes by last activity: a session practised lately outlives newer idle ones, with its attempts', async () => {
      const sessions = await historyOf(3);
      const [s0, s1, s2, s3, s4] = sessionsAtMinutes(5);
      await saveAll(sessions, s0!, s1!, s2!);
      await practise('s0', { createdAt: '2026-01-02T08:00:00.000Z' });
      await practise('s1', { createdAt: '2026-01-01T09:01:30.000Z' });

      await saveAll(sessions, s3!, s4!);
      expect(idsOf(await sessions.listSessions(ALICE))).toEqual(['s4', 's3', 's0']);
      expect(await attemptSessions()).toEqual(['s0']);
    });

    it('still keeps the session just saved, even when every other one was practised later', async () => {
      const sessions = await historyOf(2);
      const [s0, s1, s2] = sessionsAtMinutes(3);
      await saveAll(sessions, s0!, s1!);
      for (const id of ['s0', 's1']) await practise(id, { createdAt: '2026-01-05T08:00:00.000Z' });
      await saveAll(sessions, s2!);
      expect(idsOf(await sessions.listSessions(ALICE))).toEqual(['s2', 's1']);
    });

    it('does not move a session back in activity when an older attempt is saved after a newer one', async () => {
      const sessions = await historyOf(2);
      const [s0, s1, s2] = sessionsAtMinutes(3);
      await saveAll(sessions, s0!);
      await practise('s0', { createdAt: '2026-01-03T08:00:00.000Z' });
      await practise('s0', { createdAt: '2026-01-01T09:00:10.000Z' });
      await saveAll(sessions, s1!, s2!);
      expect(idsOf(await sessions.listSessions(ALICE))).toEqual(['s2', 's0']);
    });

    it('lists what the generation and its attempts cost together; unknown only when no part is known', async () => {
      const sessions = await historyOf(10);
      const unknownPrice = { ...createTestAttempt().usage!, costUsd: null };
      await saveAll(
        sessions,
        createTestSession({ id: 'both-known' }),
        createTestSession({ id: 'none-known', usage: null }),
        createTestSession({ id: 'practice-known', usage: null }),
        createTestSession({ id: 'not-practised' }),
      );
      await practise('both-known', { usage: { ...unknownPrice, costUsd: 0.0001 } });
      await practise('both-known', { usage: { ...unknownPrice, costUsd: 0.0002 } });
      await practise('both-known', { usage: unknownPrice });
      await practise('none-known', { usage: unknownPrice });
      await practise('none-known', { usage: null });
      await practise('practice-known', { usage: { ...unknownPrice, costUsd: 0.0003 } });

      const summaries = await sessions.listSessions(ALICE);
      expect(Object.fromEntries(summaries.map((summary) => [summary.id, summary.costUsd]))).toEqual({
        'both-known': 0.000752,
        'none-known': null,
        'practice-known': 0.0003,
        'not-practised': 0.000452,
      });
    });

    it('keeps the attempts when a session is saved again without them (the progress saver)', async () => {
      const sessions = await historyOf(10);
      await saveAll(sessions, createTestSession({ status: 'partial' }));
      const attempt = await practise('session-1');
      await saveAll(sessions, createTestSession({ status: 'complete' }));

      const found = await sessions.findSession(ALICE, 'session-1');
      expect(found?.status).toBe('complete');
      expect(found?.practice.flatMap((thread) => thread.attempts)).toEqual([attempt]);
    });

    it('stores the threads of a session saved with them, adding to those stored, outside its JSON', async () => {
      const sessions = await historyOf(10);
      await saveAll(sessions, createTestSession());
      const stored = await practise('session-1', { createdAt: '2026-01-15T10:30:00.000Z' });
      const given = createTestThread([createTestAttempt()]);

      await saveAll(sessions, createTestSession({ practice: [given] }));
      const found = await sessions.findSession(ALICE, 'session-1');
      expect(found?.practice.map((thread) => thread.attempts[0]?.id)).toEqual([stored.id, given.attempts[0]!.id]);
      const [row] = await database().select('SELECT data FROM sessions');
      const data = typeof row?.data === 'string' ? JSON.parse(row.data) : row?.data;
      expect(data.practice).toEqual([]);
    });

    it('refuses a session saved with another attempt for a turn already answered, and keeps the stored one', async () => {
      const sessions = await historyOf(10);
      const stored = createTestThread([createTestAttempt()]);
      await saveAll(sessions, createTestSession({ practice: [stored] }));
      const other = createTestThread([createTestAttempt({ id: randomUUID() })]);
      await expect(sessions.saveSession(ALICE, createTestSession({ practice: [other] }))).rejects.toThrow(/same turn/);
      expect((await sessions.findSession(ALICE, 'session-1'))?.practice).toEqual([stored]);
    });

    it('imports a session with its threads, replacing the attempts it had with the file’s', async () => {
      const sessions = await historyOf(10);
      await saveAll(sessions, createTestSession());
      await practise('session-1');
      const imported = createTestSession({
        practice: [createTestThread([createTestAttempt(), createTestAttempt({ id: randomUUID(), turn: 1 })])],
      });

      expect(await sessions.importSessions(ALICE, [imported])).toBe(1);
      expect(await sessions.findSession(ALICE, 'session-1')).toEqual(imported);
    });

    it('refuses, whole, an import whose thread answers one turn twice', async () => {
      const sessions = await historyOf(10);
      const twice = createTestThread([createTestAttempt(), createTestAttempt({ id: randomUUID() })]);
      await expect(
        sessions.importSessions(ALICE, [
          createTestSession({ id: 'fine' }),
          createTestSession({ id: 'twice', practice: [twice] }),
        ]),
      ).rejects.toThrow(/same turn/);
      expect(await sessions.listSessions(ALICE)).toEqual([]);
    });

    it('prunes an imported session by the date of its latest attempt, not its creation', async () => {
      const sessions = await historyOf(2);
      const [s0, s1, s2] = sessionsAtMinutes(3);
      const practisedLately = {
        ...s0!,
        practice: [createTestThread([createTestAttempt({ createdAt: '2026-02-01T08:00:00.000Z' })])],
      };
      expect(await sessions.importSessions(ALICE, [practisedLately, s1!, s2!])).toBe(2);
      expect(idsOf(await sessions.listSessions(ALICE))).toEqual(['s2', 's0']);
    });
  });
}
