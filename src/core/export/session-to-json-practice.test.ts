import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildPracticeSession } from '../../../test/fixtures/sample-practice.js';
import { buildSampleSession } from '../../../test/fixtures/sample-session.js';
import { sessionArbitrary } from '../../../test/fixtures/session-arbitrary.js';
import { SessionExportFileSchema, SessionSchema, type Session } from '../schemas/session.js';
import { parseSessionExportData, parseSessionExportFile, sessionToJson, sessionsToJson } from './session-to-json.js';

/** A session as the file holds it: plain JSON the test may change or strip. */
type FileSession = Omit<Session, 'practice'> & { practice?: Session['practice'] };

/** The practice session's export file after `change`, ready to import. */
function fileWith(change: (session: FileSession) => void): string {
  const file = JSON.parse(sessionToJson(buildPracticeSession()));
  change(file.sessions[0]);
  return JSON.stringify(file);
}

function expectFailure(text: string): string {
  const result = parseSessionExportFile(text);
  if (result.ok) throw new Error('expected the file to be rejected');
  return result.message;
}

const where = (field: string) => `session 1 ("Senior Backend Engineer — Acme"), field "${field}"`;

describe('sessionToJson with practice', () => {
  it('writes the threads and attempts, and reads them back as they were', () => {
    const session = buildPracticeSession();
    expect(SessionSchema.parse(session)).toEqual(session);
    const text = sessionToJson(session);
    expect(SessionExportFileSchema.safeParse(JSON.parse(text)).success).toBe(true);
    expect(JSON.parse(text).sessions[0].practice).toEqual(session.practice);
    expect(parseSessionExportFile(text)).toEqual({ ok: true, sessions: [session] });
  });

  it('round-trips sessions with any practice threads, whatever text they hold', () => {
    const withPractice = sessionArbitrary().filter((session) => session.practice.length > 0);
    fc.assert(
      fc.property(fc.array(withPractice, { minLength: 1, maxLength: 2 }), (sessions) => {
        expect(parseSessionExportFile(sessionsToJson(sessions))).toEqual({ ok: true, sessions });
      }),
      { numRuns: 40 },
    );
  });

  it('reads a session exported before practice as one without practice', () => {
    const parsed = parseSessionExportFile(fileWith((session) => delete session.practice));
    expect(parsed).toEqual({ ok: true, sessions: [buildSampleSession()] });
  });
});

describe('parseSessionExportFile checks the practice threads', () => {
  it('refuses a thread on a question the session does not have', () => {
    expect(
      expectFailure(
        fileWith((session) => {
          session.practice![0]!.questionIndex = 5;
        }),
      ),
    ).toContain(`${where('practice[0].questionIndex')}: Question 6 does not exist: the session has 3 questions.`);
  });

  it('refuses an attempt of another thread, turns out of order and an id used twice', () => {
    expect(
      expectFailure(
        fileWith((session) => {
          session.practice![0]!.attempts[1]!.threadId = session.practice![1]!.id;
        }),
      ),
    ).toContain(`${where('practice[0].attempts[1].threadId')}: An answer must name the practice run that holds it.`);
    expect(
      expectFailure(
        fileWith((session) => {
          session.practice![0]!.attempts.reverse();
        }),
      ),
    ).toContain(
      `${where('practice[0].attempts[0].turn')}: The answers of a practice run are numbered 0, 1, 2... in order.`,
    );
    expect(
      expectFailure(
        fileWith((session) => {
          session.practice![1]!.attempts[0]!.id = session.practice![0]!.attempts[0]!.id;
        }),
      ),
    ).toContain(`${where('practice[1].attempts[0].id')}: This id is used twice in the session.`);
  });

  it('refuses more threads, attempts or cost than the app writes', () => {
    expect(
      expectFailure(
        fileWith((session) => {
          session.practice = Array.from({ length: 201 }, () => session.practice![0]!);
        }),
      ),
    ).toContain(`${where('practice')}: A session has at most 200 practice runs.`);
    expect(
      expectFailure(
        fileWith((session) => {
          const [attempt] = session.practice![0]!.attempts;
          session.practice![0]!.attempts = Array.from({ length: 6 }, (_, turn) => ({ ...attempt!, turn }));
        }),
      ),
    ).toContain(`${where('practice[0].attempts')}: A practice run has at most 5 answers.`);
    expect(
      expectFailure(
        fileWith((session) => {
          session.practice![0]!.attempts[0]!.usage!.costUsd = 1e12;
        }),
      ),
    ).toContain(`${where('practice[0].attempts[0].usage.costUsd')}: An answer costs at most $10,000.`);
    expect(
      expectFailure(
        fileWith((session) => {
          session.practice![0]!.attempts[0]!.feedback!.criteria[0]!.score = 5;
        }),
      ),
    ).toContain(where('practice[0].attempts[0].feedback.criteria[0].score'));
  });

  it('refuses a file full of wrong practice values in milliseconds, stopping at the first attempt with problems', () => {
    const file = JSON.parse(sessionToJson(buildPracticeSession()));
    const [thread] = file.sessions[0].practice;
    const wrong = Array.from({ length: 50 }, () => 1);
    const criterion = { criterion: 'trade_offs', score: 'x', evidence: wrong, reasoning: 1 };
    const attempt = {
      ...thread.attempts[0],
      feedback: { ...thread.attempts[0].feedback, criteria: wrong.map(() => criterion) },
    };
    // 20 sessions of 200 threads of 5 such attempts: over ten million wrong values.
    file.sessions = Array.from({ length: 20 }, (_, index) => ({
      ...file.sessions[0],
      id: `s${index}`,
      practice: Array.from({ length: 200 }, () => ({ ...thread, attempts: Array.from({ length: 5 }, () => attempt) })),
    }));
    const started = performance.now();
    const result = parseSessionExportData(file);
    expect(performance.now() - started).toBeLessThan(500);
    expect(!result.ok && result.message).toContain(where('practice[0].attempts[0].feedback.criteria[0].score'));
  });
});
