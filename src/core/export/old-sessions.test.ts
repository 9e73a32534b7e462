import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sessionArbitrary, textArbitrary } from '../../../test/fixtures/session-arbitrary.js';
import { LEGACY_COMPANY_TYPE_KINDS, LEGACY_COMPANY_TYPES, PERSONA_STYLES } from '../schemas/generation-request.js';
import type { Question } from '../schemas/question.js';
import { SessionExportFileSchema, SessionSchema, type Session } from '../schemas/session.js';
import { escapeMarkdownInline } from './escape-markdown.js';
import { parseImportedSession } from './parse-imported-session.js';
import { sessionAttemptsToCsv } from './session-attempts-to-csv.js';
import { CSV_COLUMNS, sessionToCsv } from './session-to-csv.js';
import { parseSessionExportFile, sessionsToJson } from './session-to-json.js';
import { sessionToMarkdown } from './session-to-markdown.js';

// Sessions exported before results had a posting analysis, plan steps and per-question posting
// words (the PDF of these sessions is tested in src/app/export/render-session-pdf.test.ts).
const FIXTURE_TEXT = readFileSync(
  new URL('../../../test/fixtures/old-sessions/session-v1.json', import.meta.url),
  'utf8',
);

/** The fixture's sessions as the old app wrote them: nothing here has been read by a schema. */
type OldQuestion = Omit<Question, 'basedOn' | 'stage' | 'strongAnswerSignals' | 'redFlags'> & {
  redFlags: string[] | null;
};
type OldSession = Omit<Session, 'result' | 'request'> & {
  request: Omit<Session['request'], 'persona'> & { persona?: { style: string; companyType: string } };
  result: {
    analysis: Session['result']['analysis'];
    questions: OldQuestion[];
    recommendations: string[];
    strategy: string;
    overview: { difficultyMix: Record<string, number>; totalMinutes: number; focusAreas: string[] } | null;
  };
};
const rawFile = JSON.parse(FIXTURE_TEXT) as { sessions: OldSession[] };
const rawSessions = rawFile.sessions;

function importedSessions(): Session[] {
  const parsed = parseSessionExportFile(FIXTURE_TEXT);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.sessions;
}

function rawByTechnique(technique: Session['request']['technique']): OldSession {
  const found = rawSessions.find((session) => session.request.technique === technique);
  if (!found) throw new Error(`the fixture has a ${technique} session`);
  return found;
}

function importedByTechnique(technique: Session['request']['technique']): Session {
  const found = importedSessions().find((session) => session.request.technique === technique);
  if (!found) throw new Error(`the fixture has a ${technique} session`);
  return found;
}

/** Parses a CSV export (byte-order mark, CRLF records). */
function parseCsv(csv: string): string[][] {
  return parse(csv, { bom: true, record_delimiter: '\r\n' });
}

describe('the old-session fixture', () => {
  it('is in the shape the app saved before plans were steps', () => {
    expect(rawFile).toMatchObject({ format: 'interview-prep.sessions', version: 1 });
    expect(rawSessions.map((session) => session.request.technique)).toEqual([
      'few_shot',
      'structured_output',
      'role_based',
      'chain_of_thought',
    ]);
    for (const session of rawSessions) {
      expect(session.result).toHaveProperty('recommendations');
      expect(session.result).toHaveProperty('overview');
      expect(session.result).not.toHaveProperty('preparationPlan');
      expect(session.result).not.toHaveProperty('postingAnalysis');
      for (const question of session.result.questions) {
        expect(question).not.toHaveProperty('basedOn');
        expect(question).not.toHaveProperty('stage');
        expect(question).not.toHaveProperty('strongAnswerSignals');
      }
    }
    expect(rawByTechnique('few_shot').result.questions.every((question) => question.redFlags === null)).toBe(true);
    expect(rawByTechnique('structured_output').result.questions.every((q) => Array.isArray(q.redFlags))).toBe(true);
    expect(rawByTechnique('structured_output').result.overview).not.toBeNull();
    expect(rawByTechnique('role_based').request.persona).toEqual({ style: 'strict', companyType: 'big_tech' });
    expect(rawByTechnique('chain_of_thought').result.analysis).not.toBeNull();
  });
});

describe('importing old sessions', () => {
  it('reads the file with the export file schema, the import path and the store schema alike', () => {
    const schema = SessionExportFileSchema.safeParse(rawFile);
    expect(schema.success, schema.error?.message).toBe(true);
    const sessions = importedSessions();
    expect(sessions).toHaveLength(rawSessions.length);
    expect(sessions).toEqual(schema.data?.sessions);
    rawSessions.forEach((raw, index) => {
      expect(parseImportedSession(raw)).toEqual({ ok: true, session: sessions[index] });
      expect(SessionSchema.parse(raw)).toEqual(sessions[index]);
    });
  });

  it('turns recommendations into plan steps, drops the overview, and has no posting analysis or notes', () => {
    importedSessions().forEach((session, index) => {
      const raw = rawSessions[index]!;
      expect(session.result.preparationPlan).toEqual(
        raw.result.recommendations.map((action) => ({ action, because: '', forQuestions: [], minutes: null })),
      );
      expect(session.result.preparationPlan.length).toBeGreaterThan(0);
      expect(session.result).not.toHaveProperty('recommendations');
      expect(session.result).not.toHaveProperty('overview');
      expect(session.result.postingAnalysis).toBeNull();
      expect(session.result.postingNotes).toEqual([]);
      expect(session.result.strategy).toBe(raw.result.strategy);
    });
  });

  it('gives old questions empty posting words, stage and signals, and red flags as a list', () => {
    for (const session of importedSessions())
      for (const question of session.result.questions)
        expect(question).toMatchObject({ basedOn: '', stage: null, strongAnswerSignals: [] });
    expect(importedByTechnique('few_shot').result.questions.map((question) => question.redFlags)).toEqual([[], []]);
    expect(importedByTechnique('structured_output').result.questions.map((question) => question.redFlags)).toEqual(
      rawByTechnique('structured_output').result.questions.map((question) => question.redFlags),
    );
  });

  it('reads the company type big_tech as an established company, with the default interviewer role', () => {
    expect(importedByTechnique('role_based').request.persona).toEqual({
      style: 'strict',
      interviewerRole: 'hiring_manager',
      organisationKind: 'established_company',
    });
  });

  it("keeps chain of thought's job analysis", () => {
    expect(importedByTechnique('chain_of_thought').result.analysis).toEqual(
      rawByTechnique('chain_of_thought').result.analysis,
    );
  });

  it('reads any old session as the same session, its recommendations as plan steps', () => {
    const oldPersona = fc.record({
      style: fc.constantFrom(...PERSONA_STYLES),
      companyType: fc.constantFrom(...LEGACY_COMPANY_TYPES),
    });
    const overview = fc.record({
      difficultyMix: fc.record({ easy: fc.nat(20), medium: fc.nat(20), hard: fc.nat(20) }),
      totalMinutes: fc.nat(400),
      focusAreas: fc.array(textArbitrary(), { maxLength: 3 }),
    });
    fc.assert(
      fc.property(
        sessionArbitrary(),
        fc.option(oldPersona),
        fc.option(overview),
        fc.boolean(),
        (session, persona, oldOverview, redFlagsAsNull) => {
          const { request, result } = session;
          const old = {
            ...session,
            request: { ...request, ...(persona ? { persona } : {}) },
            result: {
              analysis: result.analysis,
              questions: result.questions.map(({ basedOn: _b, stage: _s, strongAnswerSignals: _a, ...question }) => ({
                ...question,
                redFlags: redFlagsAsNull ? null : question.redFlags,
              })),
              recommendations: result.preparationPlan.map((step) => step.action),
              strategy: result.strategy,
              overview: oldOverview,
            },
          };
          const expected: Session = {
            ...session,
            request: {
              ...request,
              ...(persona
                ? {
                    persona: {
                      style: persona.style,
                      interviewerRole: 'hiring_manager',
                      organisationKind: LEGACY_COMPANY_TYPE_KINDS[persona.companyType],
                    },
                  }
                : {}),
            },
            result: {
              postingAnalysis: null,
              postingNotes: [],
              analysis: result.analysis,
              questions: result.questions.map((question) => ({
                ...question,
                basedOn: '',
                stage: null,
                strongAnswerSignals: [],
                redFlags: redFlagsAsNull ? [] : question.redFlags,
              })),
              preparationPlan: result.preparationPlan.map((step) => ({
                action: step.action,
                because: '',
                forQuestions: [],
                minutes: null,
              })),
              strategy: result.strategy,
            },
          };
          const file = {
            format: 'interview-prep.sessions',
            version: 1,
            exportedAt: session.createdAt,
            sessions: [old],
          };
          expect(parseSessionExportFile(JSON.stringify(file))).toEqual({ ok: true, sessions: [expected] });
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('exporting old sessions', () => {
  const sessions = importedSessions();

  it.each(sessions.map((session) => [session.request.technique, session] as const))(
    'writes the %s session as Markdown with its plan as a checklist and computed totals',
    (_technique, session) => {
      const markdown = sessionToMarkdown(session);
      const checklist = session.result.preparationPlan
        .map((step) => `- [ ] ${escapeMarkdownInline(step.action)}`)
        .join('\n');
      expect(markdown).toContain(`## Preparation plan\n\n${checklist}\n\n## Strategy`);
      session.result.questions.forEach((question, index) =>
        expect(markdown).toContain(`## ${index + 1}. ${escapeMarkdownInline(question.question)}`),
      );
      const minutes = session.result.questions.reduce((sum, question) => sum + question.timeEstimateMinutes, 0);
      expect(markdown).toContain(`- Total time: ${minutes} min`);
      for (const absent of ['From the posting', 'Stage:', 'Strong answer signals', 'Posting analysis', 'Notes on'])
        expect(markdown).not.toContain(absent);
      expect(markdown).not.toContain('Focus areas');
    },
  );

  it('reads them without practice, and exports them with no practice part and an attempts CSV of the header only', () => {
    for (const session of sessions) {
      expect(session.practice).toEqual([]);
      expect(sessionToMarkdown(session)).not.toContain('### Practice');
      expect(sessionToMarkdown(session)).toContain('## Cost\n\n');
      expect(parseCsv(sessionAttemptsToCsv(session))).toHaveLength(1);
      expect(parseCsv(sessionToCsv(session))).toHaveLength(session.result.questions.length + 1);
    }
  });

  it('writes the totals of the structured-output session from its questions, as its overview had them', () => {
    const markdown = sessionToMarkdown(importedByTechnique('structured_output'));
    expect(markdown).toContain('- Questions: 2\n- Difficulty mix: 0 easy, 1 medium, 1 hard\n- Total time: 25 min');
  });

  it('names the old role-based interviewer with the new labels', () => {
    expect(sessionToMarkdown(importedByTechnique('role_based'))).toContain(
      '- **Interviewer:** Strict · Hiring manager · Established company',
    );
  });

  it('writes the job analysis of the chain-of-thought session', () => {
    const markdown = sessionToMarkdown(importedByTechnique('chain_of_thought'));
    expect(markdown).toContain(
      '## Job analysis: key requirements\n\n- Escalating deterioration with NEWS2 (must-have)',
    );
    expect(markdown).toContain('### Case scenario\n\nNight shift on the admissions unit.');
  });

  it.each(sessions.map((session) => [session.request.technique, session] as const))(
    'writes the %s session as CSV with empty new columns and its red flags',
    (_technique, session) => {
      const rows = parseCsv(sessionToCsv(session));
      expect(rows[0]).toEqual([...CSV_COLUMNS]);
      expect(rows).toHaveLength(session.result.questions.length + 1);
      const column = (name: (typeof CSV_COLUMNS)[number]) => rows.slice(1).map((row) => row[CSV_COLUMNS.indexOf(name)]);
      const empty = session.result.questions.map(() => '');
      expect(column('Based on')).toEqual(empty);
      expect(column('Stage')).toEqual(empty);
      expect(column('Strong answer signals')).toEqual(empty);
      expect(column('Question')).toEqual(session.result.questions.map((question) => question.question));
      expect(column('Red flags')).toEqual(
        session.result.questions.map((question) => {
          const cell = question.redFlags.join('\n');
          return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
        }),
      );
    },
  );

  it('writes the old sessions as JSON in the new shape, which imports as the same sessions', () => {
    const text = sessionsToJson(sessions);
    const written = JSON.parse(text) as { sessions: Record<string, Record<string, unknown>>[] };
    for (const session of written.sessions) {
      expect(session.result).toHaveProperty('preparationPlan');
      expect(session.result).not.toHaveProperty('recommendations');
      expect(session.result).not.toHaveProperty('overview');
    }
    expect(parseSessionExportFile(text)).toEqual({ ok: true, sessions });
    // Imported again, nothing changes: the upgrade is done once.
    const again = parseSessionExportFile(text);
    expect(again.ok && sessionsToJson(again.sessions, { exportedAt: new Date(0) })).toBe(
      sessionsToJson(sessions, { exportedAt: new Date(0) }),
    );
  });
});
