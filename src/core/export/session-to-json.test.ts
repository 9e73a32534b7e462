import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSampleSession } from '../../../test/fixtures/sample-session.js';
import { sessionArbitrary, textArbitrary } from '../../../test/fixtures/session-arbitrary.js';
import {
  INTERVIEWER_ROLES,
  MAX_ROUND_MINUTES,
  MIN_ROUND_MINUTES,
  ORGANISATION_KINDS,
  PERSONA_STYLES,
  SECTOR_CHOICES,
} from '../schemas/generation-request.js';
import { SessionExportFileSchema, SessionSchema } from '../schemas/session.js';
import { parseSessionExportData, parseSessionExportFile, sessionToJson, sessionsToJson } from './session-to-json.js';

function expectFailure(text: string): string {
  const result = parseSessionExportFile(text);
  if (result.ok) throw new Error('expected the file to be rejected');
  return result.message;
}

describe('sessionToJson', () => {
  it('writes an export file that validates against the schema', () => {
    const session = buildSampleSession();
    expect(SessionSchema.safeParse(session).success).toBe(true);

    const text = sessionToJson(session, { exportedAt: new Date('2026-12-01T08:00:00Z') });
    const file = SessionExportFileSchema.parse(JSON.parse(text));

    expect(file).toMatchObject({
      format: 'interview-prep.sessions',
      version: 1,
      exportedAt: '2026-12-01T08:00:00.000Z',
    });
    expect(file.sessions).toEqual([session]);
    expect(text).toContain('\n  "format"');
  });

  it('reads back what it wrote, for one session and for several', () => {
    const first = buildSampleSession();
    const second = buildSampleSession({
      id: 'sess_2',
      title: 'Data Analyst — Привет GmbH',
      status: 'partial',
      usage: null,
    });

    expect(parseSessionExportFile(sessionToJson(first))).toEqual({ ok: true, sessions: [first] });
    expect(parseSessionExportFile(sessionsToJson([first, second]))).toEqual({ ok: true, sessions: [first, second] });
  });

  it('keeps the whole session, the candidate profile and what the posting says included: it is the backup', () => {
    const sample = buildSampleSession();
    const session = buildSampleSession({
      request: {
        ...sample.request,
        candidateProfile: 'PRIVATE PROFILE: 7 years at Zahlwerk GmbH',
        sector: 'software',
        roundMinutes: 45,
        persona: { style: 'strict', interviewerRole: 'peer', organisationKind: 'startup' },
      },
    });
    const text = sessionToJson(session);
    expect(text).toContain('"candidateProfile": "PRIVATE PROFILE: 7 years at Zahlwerk GmbH"');
    const [exported] = JSON.parse(text).sessions;
    expect(exported.result.postingAnalysis).toEqual(session.result.postingAnalysis);
    expect(exported.result.postingNotes).toEqual(session.result.postingNotes);
    expect(exported.result.preparationPlan).toEqual(session.result.preparationPlan);
    expect(exported.result.questions[0]).toMatchObject({
      basedOn: 'design event-driven services in Go and TypeScript',
      stage: 'technical screen',
      strongAnswerSignals: session.result.questions[0]!.strongAnswerSignals,
    });
    expect(exported.result).not.toHaveProperty('recommendations');
    expect(exported.result).not.toHaveProperty('overview');
    expect(parseSessionExportFile(text)).toEqual({ ok: true, sessions: [session] });
  });

  it('round-trips any valid sessions, whatever text they hold', () => {
    fc.assert(
      fc.property(fc.array(sessionArbitrary(), { maxLength: 3 }), (sessions) => {
        expect(parseSessionExportFile(sessionsToJson(sessions))).toEqual({ ok: true, sessions });
      }),
      { numRuns: 150 },
    );
  });
});

/** A session whose request may carry what newer requests carry: a profile, a persona, a sector, a round length. */
function sessionWithRequestExtrasArbitrary() {
  return fc
    .tuple(
      sessionArbitrary(),
      fc.record(
        {
          candidateProfile: textArbitrary(),
          persona: fc.record({
            style: fc.constantFrom(...PERSONA_STYLES),
            interviewerRole: fc.constantFrom(...INTERVIEWER_ROLES),
            organisationKind: fc.constantFrom(...ORGANISATION_KINDS),
          }),
          sector: fc.constantFrom(...SECTOR_CHOICES),
          roundMinutes: fc.integer({ min: MIN_ROUND_MINUTES, max: MAX_ROUND_MINUTES }),
          previousSessionId: fc.stringMatching(/^[a-z0-9]{8}-[a-z0-9]{4}$/),
        },
        { requiredKeys: [] },
      ),
    )
    .map(([session, extras]) => ({ ...session, request: { ...session.request, ...extras } }));
}

describe('sessionToJson round-trips what newer requests carry', () => {
  it('gives back the same sessions, candidate profile, persona, sector and round length included', () => {
    fc.assert(
      fc.property(fc.array(sessionWithRequestExtrasArbitrary(), { maxLength: 3 }), (sessions) => {
        expect(parseSessionExportFile(sessionsToJson(sessions))).toEqual({ ok: true, sessions });
      }),
      { numRuns: 150 },
    );
  });
});

describe('parseSessionExportFile', () => {
  it('rejects an empty file and text that is not JSON', () => {
    expect(expectFailure('   ')).toBe('The file is empty.');
    expect(expectFailure('{"format": "interview-prep.sessions",')).toMatch(
      /^The file is not valid JSON \(.+\)\. Choose a file exported by this app\.$/,
    );
  });

  it('accepts a file that starts with a byte-order mark', () => {
    const session = buildSampleSession();
    expect(parseSessionExportFile(`\uFEFF${sessionToJson(session)}`)).toEqual({ ok: true, sessions: [session] });
  });

  it('rejects JSON that is not an export of this app', () => {
    for (const text of ['[]', '42', '{"sessions": []}', '{"format": "other-app", "version": 1, "sessions": []}'])
      expect(expectFailure(text)).toBe(
        'This is not an interview-prep sessions export: the file must have "format": "interview-prep.sessions".',
      );
  });

  it('names the version it found and the one it reads', () => {
    const file = JSON.parse(sessionToJson(buildSampleSession()));
    expect(expectFailure(JSON.stringify({ ...file, version: 2 }))).toBe(
      'This export file has version 2; this app reads version 1.',
    );
    expect(expectFailure(JSON.stringify({ ...file, sessions: 'none' }))).toBe(
      'The export file has no "sessions" list.',
    );
  });

  it('names the session (number and title) and the field that is invalid', () => {
    const file = JSON.parse(
      sessionsToJson([buildSampleSession({ id: 'a' }), buildSampleSession({ id: 'b', title: 'QA Lead' })]),
    );
    delete file.sessions[1].result.questions[2].question;

    expect(expectFailure(JSON.stringify(file))).toBe(
      'The export file is not valid:\n' +
        '- session 2 ("QA Lead"), field "result.questions[2].question": Invalid input: expected string, received undefined',
    );
  });

  it('lists the first problems and counts the rest', () => {
    const file = JSON.parse(sessionToJson(buildSampleSession()));
    const session = file.sessions[0];
    session.createdAt = 'yesterday';
    session.status = 'done';
    session.request.interviewType = 'quiz';
    session.result.questions[0].difficulty = 'extreme';
    session.timings.totalMs = -1;
    file.exportedAt = 'now';

    const message = expectFailure(JSON.stringify(file));
    const lines = message.split('\n');
    expect(lines[0]).toBe('The export file is not valid:');
    expect(lines).toHaveLength(5);
    expect(lines[1]).toMatch(/^- field "exportedAt": /);
    expect(lines[2]).toMatch(/^- session 1 \("Senior Backend Engineer — Acme"\), field "createdAt": /);
    expect(lines[4]).toBe('- and 3 more problems');
  });
});

describe('parseSessionExportFile caps what a file may hold', () => {
  const fileWith = (change: (session: ReturnType<typeof buildSampleSession>) => void) => {
    const file = JSON.parse(sessionToJson(buildSampleSession()));
    change(file.sessions[0]);
    return JSON.stringify(file);
  };

  it('refuses more sessions than an import takes, at once, without listing each', () => {
    const file = JSON.parse(sessionToJson(buildSampleSession()));
    file.sessions = Array.from({ length: 1_000_000 }, () => 1);
    const started = performance.now();
    expect(expectFailure(JSON.stringify(file))).toBe(
      'The export file holds 1,000,000 sessions; an import takes at most 1,000.',
    );
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('refuses a file full of wrong values in milliseconds, stopping at the first session with problems', () => {
    const file = JSON.parse(sessionToJson(buildSampleSession()));
    const wrong = Array.from({ length: 50 }, () => 1);
    const question = { ...file.sessions[0].result.questions[0], hints: wrong, followUps: wrong, evaluates: wrong };
    // 250 sessions of 20 such questions: a million wrong values, about 10 MB of JSON.
    file.sessions = Array.from({ length: 250 }, (_, index) => ({
      ...file.sessions[0],
      id: `s${index}`,
      result: { ...file.sessions[0].result, questions: Array.from({ length: 20 }, () => question) },
    }));
    const started = performance.now();
    const result = parseSessionExportData(file);
    expect(performance.now() - started).toBeLessThan(500);
    expect(result).toEqual({ ok: false, message: expect.stringContaining('- session 1 ("Senior Backend Engineer') });
    expect(!result.ok && result.message).toContain('field "result.questions[0].evaluates[0]"');
  });

  it('refuses more questions than a generation makes, and lists longer than the app writes', () => {
    expect(
      expectFailure(
        fileWith((session) => {
          session.result.questions = Array.from({ length: 21 }, () => session.result.questions[0]!);
        }),
      ),
    ).toContain('field "result.questions": A session has at most 20 questions.');
    expect(
      expectFailure(
        fileWith((session) => {
          session.result.questions[0]!.hints = Array.from({ length: 51 }, () => 'hint');
        }),
      ),
    ).toContain('field "result.questions[0].hints"');
    expect(expectFailure(fileWith((session) => (session.prompt = Array(21).fill(session.prompt[0]))))).toContain(
      'field "prompt"',
    );
  });

  it('refuses a cost or token count no session reaches', () => {
    expect(expectFailure(fileWith((session) => (session.usage!.costUsd = 1e308)))).toContain(
      'field "usage.costUsd": A session costs at most $10,000.',
    );
    expect(expectFailure(fileWith((session) => (session.usage!.outputTokens = 1e15)))).toContain(
      'field "usage.outputTokens"',
    );
  });

  it('refuses a text field longer than the app writes', () => {
    expect(expectFailure(fileWith((session) => (session.result.strategy = 'x'.repeat(10_001))))).toContain(
      'field "result.strategy"',
    );
    expect(expectFailure(fileWith((session) => (session.title = 'x'.repeat(2_001))))).toContain('field "title"');
  });

  it.each(['..', '.', 'a b', 'a'.repeat(65), '\uD800', 'export', 'IMPORT', ''])(
    'refuses the session id %j, which no route could open or delete',
    (id) => {
      expect(expectFailure(fileWith((session) => (session.id = id)))).toMatch(
        /session 1 \(.*\), field "id": A session id/,
      );
    },
  );
});
