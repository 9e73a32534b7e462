import { describe, expect, it } from 'vitest';
import { createTestAttempt, TEST_THREAD_ID } from '../testing/create-test-attempt.js';
import { createTestSession } from '../testing/create-test-session.js';
import { ALICE, BOB, useContractDatabase, type ContractEngine } from './contract-database.js';
import { sessionsAtMinutes } from './session-store.contract.js';

const SAME_ID = 'same-id';
const PLACE = { sessionId: SAME_ID, threadId: TEST_THREAD_ID, questionIndex: 0 };
const aliceSession = createTestSession({ id: SAME_ID, title: 'Alice: staff engineer' });
const bobSession = createTestSession({ id: SAME_ID, title: 'Bob: data analyst', status: 'partial' });

/** Two users holding the same session id never see, overwrite or delete each other's data. */
export function describeOwnerIsolationContract(engine: ContractEngine): void {
  describe(`owner isolation on ${engine.name}`, () => {
    const database = useContractDatabase(engine);

    it('keeps two owners’ sessions of the same id apart when saved, listed and found', async () => {
      const sessions = await database().openSessionStore({ historyLimit: 10 });
      await sessions.saveSession(ALICE, aliceSession);
      await sessions.saveSession(BOB, bobSession);

      expect(await sessions.findSession(ALICE, SAME_ID)).toEqual(aliceSession);
      expect(await sessions.findSession(BOB, SAME_ID)).toEqual(bobSession);
      expect((await sessions.listSessions(ALICE)).map((summary) => summary.title)).toEqual(['Alice: staff engineer']);
      expect(await sessions.findSession({ ownerId: 'carol' }, SAME_ID)).toBeNull();
    });

    it('never deletes, clears or prunes another owner’s sessions', async () => {
      const sessions = await database().openSessionStore({ historyLimit: 2 });
      const aliceOlder = createTestSession({ id: 'alice-older', createdAt: '2025-06-01T09:00:00.000Z' });
      await sessions.saveSession(ALICE, aliceOlder);
      await sessions.saveSession(ALICE, aliceSession);
      await sessions.saveSession(BOB, bobSession);

      expect(await sessions.deleteSession(BOB, SAME_ID)).toBe(true);
      for (const session of sessionsAtMinutes(3)) await sessions.saveSession(BOB, session);
      expect(await sessions.clearSessions(BOB)).toBe(2);
      expect(await sessions.deleteSession(BOB, SAME_ID)).toBe(false);
      expect((await sessions.listSessions(ALICE)).map((summary) => summary.id)).toEqual([SAME_ID, 'alice-older']);
      expect(await sessions.findSession(ALICE, SAME_ID)).toEqual(aliceSession);
    });

    it('never overwrites another owner’s session by an import of the same id', async () => {
      const sessions = await database().openSessionStore({ historyLimit: 10 });
      await sessions.saveSession(ALICE, aliceSession);
      expect(await sessions.importSessions(BOB, [bobSession])).toBe(1);
      expect(await sessions.findSession(ALICE, SAME_ID)).toEqual(aliceSession);
      expect(await sessions.findSession(BOB, SAME_ID)).toEqual(bobSession);
    });

    it('keeps attempts apart: another owner can neither see nor write, even under the same ids', async () => {
      const sessions = await database().openSessionStore({ historyLimit: 10 });
      const practice = database().practiceStore();
      await sessions.saveSession(ALICE, aliceSession);
      const attempt = createTestAttempt();
      await practice.saveAttempt(ALICE, PLACE, 'coach', attempt);

      expect(await practice.findAttempt(BOB, attempt.id)).toBeNull();
      expect(await practice.findThread(BOB, SAME_ID, TEST_THREAD_ID)).toBeNull();
      expect(await practice.saveAttempt(BOB, PLACE, 'coach', attempt)).toBe(false);

      await sessions.saveSession(BOB, bobSession);
      expect((await sessions.findSession(BOB, SAME_ID))?.practice).toEqual([]);
      const bobAttempt = createTestAttempt({ answer: 'Bob’s own answer.' });
      expect(await practice.saveAttempt(BOB, PLACE, 'interview', bobAttempt)).toBe(true);
      expect((await practice.findAttempt(BOB, attempt.id))?.attempt.answer).toBe('Bob’s own answer.');
      expect(await practice.findAttempt(ALICE, attempt.id)).toEqual({ ...PLACE, attempt });

      await sessions.deleteSession(BOB, SAME_ID);
      expect(await practice.findAttempt(BOB, attempt.id)).toBeNull();
      expect(await practice.findAttempt(ALICE, attempt.id)).toEqual({ ...PLACE, attempt });
    });
  });
}
