import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSampleSession } from '../../../test/fixtures/sample-session.js';
import { sessionArbitrary } from '../../../test/fixtures/session-arbitrary.js';
import { SessionExportFileSchema, SessionSchema } from '../schemas/session.js';
import { parseSessionExportFile, sessionToJson, sessionsToJson } from './session-to-json.js';

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

  it('round-trips any valid sessions, whatever text they hold', () => {
    fc.assert(
      fc.property(fc.array(sessionArbitrary(), { maxLength: 3 }), (sessions) => {
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
