import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { AttemptPlace, PracticeStore, SessionStore } from '../../app/ports.js';
import { AppError } from '../../core/errors.js';
import type { PracticeAttempt } from '../../core/schemas/practice.js';
import { createTestAttempt, createTestThread, TEST_THREAD_ID } from '../testing/create-test-attempt.js';
import { createTestSession } from '../testing/create-test-session.js';
import { ALICE, countRows, useContractDatabase, type ContractEngine } from './contract-database.js';

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

/** What every PracticeStore does beside its engine's SessionStore. */
export function describePracticeStoreContract(engine: ContractEngine): void {
  describe(`PracticeStore on ${engine.name}`, () => {
    const database = useContractDatabase(engine);
    let sessions: SessionStore;
    let practice: PracticeStore;
    let warnings: object[];

    async function openWithSession(): Promise<void> {
      warnings = [];
      const logger = { warn: (details: object) => warnings.push(details) };
      sessions = await database().openSessionStore({ historyLimit: 10, logger });
      practice = database().practiceStore({ logger });
      await sessions.saveSession(ALICE, createTestSession());
    }

    it('saves an attempt and finds it, its thread, and the session with its thread', async () => {
      await openWithSession();
      const attempt = createTestAttempt();
      expect(await practice.saveAttempt(ALICE, PLACE, 'coach', attempt)).toBe(true);

      expect(await practice.findAttempt(ALICE, attempt.id)).toEqual({ ...PLACE, attempt });
      expect(await practice.findThread(ALICE, PLACE.sessionId, TEST_THREAD_ID)).toEqual(createTestThread([attempt]));
      expect((await sessions.findSession(ALICE, PLACE.sessionId))?.practice).toEqual([createTestThread([attempt])]);
      expect(await practice.findAttempt(ALICE, randomUUID())).toBeNull();
      expect(await practice.findThread(ALICE, PLACE.sessionId, randomUUID())).toBeNull();
    });

    it('gives threads oldest first and attempts in turn order, whatever the saving order', async () => {
      await openWithSession();
      const turns = [attemptAtTurn(0), attemptAtTurn(1), attemptAtTurn(2)];
      for (const attempt of [turns[2]!, turns[0]!, turns[1]!]) {
        await practice.saveAttempt(ALICE, PLACE, 'interview', attempt);
      }
      const laterThreadId = randomUUID();
      const later = createTestAttempt({
        id: randomUUID(),
        threadId: laterThreadId,
        createdAt: '2026-01-16T08:00:00.000Z',
      });
      await practice.saveAttempt(ALICE, { ...PLACE, threadId: laterThreadId, questionIndex: 1 }, 'coach', later);

      const threads = (await sessions.findSession(ALICE, PLACE.sessionId))?.practice;
      expect(threads?.map((thread) => [thread.id, thread.questionIndex, thread.mode])).toEqual([
        [TEST_THREAD_ID, 0, 'interview'],
        [laterThreadId, 1, 'coach'],
      ]);
      expect(threads?.[0]?.attempts.map((attempt) => attempt.turn)).toEqual([0, 1, 2]);
      expect(threads?.[0]?.createdAt).toBe(turns[2]!.createdAt); // dated by the attempt saved first
    });

    it('replaces an attempt saved again under its id (partial, then complete)', async () => {
      await openWithSession();
      await practice.saveAttempt(ALICE, PLACE, 'coach', createTestAttempt({ status: 'partial', followUp: null }));
      await practice.saveAttempt(ALICE, PLACE, 'coach', createTestAttempt());
      expect((await practice.findThread(ALICE, PLACE.sessionId, TEST_THREAD_ID))?.attempts).toEqual([
        createTestAttempt(),
      ]);
    });

    it('keeps the mode a thread started in', async () => {
      await openWithSession();
      await practice.saveAttempt(ALICE, PLACE, 'interview', attemptAtTurn(0));
      await practice.saveAttempt(ALICE, PLACE, 'coach', attemptAtTurn(1, { mode: 'coach' }));
      const thread = await practice.findThread(ALICE, PLACE.sessionId, TEST_THREAD_ID);
      expect(thread?.mode).toBe('interview');
      expect(thread?.attempts.map((attempt) => attempt.mode)).toEqual(['coach', 'coach']);
    });

    it('says false, and saves nothing, for a session that does not exist', async () => {
      await openWithSession();
      const unknown = { ...PLACE, sessionId: 'unknown' };
      expect(await practice.saveAttempt(ALICE, unknown, 'coach', createTestAttempt())).toBe(false);
      expect(await countRows(database(), 'practice_attempts')).toBe(0);
    });

    it('refuses an invalid attempt, an attempt of another thread, and a turn already answered', async () => {
      await openWithSession();
      const invalid = { ...createTestAttempt(), turn: 9 };
      await expect(practice.saveAttempt(ALICE, PLACE, 'coach', invalid)).rejects.toThrow(/at turn/);
      await expect(
        practice.saveAttempt(ALICE, { ...PLACE, threadId: randomUUID() }, 'coach', createTestAttempt()),
      ).rejects.toThrow(/belongs to thread/);

      await practice.saveAttempt(ALICE, PLACE, 'coach', attemptAtTurn(0));
      await expect(practice.saveAttempt(ALICE, PLACE, 'coach', attemptAtTurn(0))).rejects.toThrow(AppError);
      await expect(practice.saveAttempt(ALICE, PLACE, 'coach', attemptAtTurn(0))).rejects.toThrow(/same turn/);
      expect(await countRows(database(), 'practice_attempts')).toBe(1);
    });

    it('refuses to put a thread on another question than the one it is on', async () => {
      await openWithSession();
      await practice.saveAttempt(ALICE, PLACE, 'coach', attemptAtTurn(0));
      const error = await practice
        .saveAttempt(ALICE, { ...PLACE, questionIndex: 1 }, 'coach', attemptAtTurn(1))
        .catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('invalid_input');
    });

    it('leaves out, and reports, a stored attempt that no longer reads as valid', async () => {
      await openWithSession();
      const damaged = attemptAtTurn(0);
      await practice.saveAttempt(ALICE, PLACE, 'coach', damaged);
      await practice.saveAttempt(ALICE, PLACE, 'coach', attemptAtTurn(1));
      await database().damage('practice_attempts', damaged.id);

      expect(await practice.findAttempt(ALICE, damaged.id)).toBeNull();
      expect((await practice.findThread(ALICE, PLACE.sessionId, TEST_THREAD_ID))?.attempts).toHaveLength(1);
      const session = await sessions.findSession(ALICE, PLACE.sessionId);
      expect(session?.practice[0]?.attempts.map((attempt) => attempt.turn)).toEqual([1]);
      expect(warnings).toContainEqual(expect.objectContaining({ attemptId: damaged.id }));
    });

    it('is read by another connection once saved', async () => {
      await openWithSession();
      const attempt = createTestAttempt();
      await practice.saveAttempt(ALICE, PLACE, 'coach', attempt);
      const elsewhere = (await database().connectAgain()).practiceStore();
      expect(await elsewhere.findAttempt(ALICE, attempt.id)).toEqual({ ...PLACE, attempt });
    });
  });
}
