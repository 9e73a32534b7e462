import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSampleSession } from '../../../test/fixtures/sample-session.js';
import { questionArbitrary, sessionArbitrary, textArbitrary } from '../../../test/fixtures/session-arbitrary.js';
import type { Question } from '../schemas/question.js';
import type { Session } from '../schemas/session.js';
import { CSV_COLUMNS, neutralizeCsvFormula, sessionToCsv } from './session-to-csv.js';

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Parses twice: once accepting only CRLF between records (so LF record ends would fail), once
 * breaking records at any line end (so a line break left unquoted inside a cell would fail).
 */
function parseCsv(csv: string): string[][] {
  const strict: string[][] = parse(csv, { bom: true, record_delimiter: '\r\n' });
  const lenient: string[][] = parse(csv, { bom: true, record_delimiter: ['\r\n', '\n', '\r'] });
  expect(lenient).toEqual(strict);
  return strict;
}

/** What each cell should say, written independently of the exporter. */
function expectedRow(question: Question, number: number): string[] {
  const lines = (items: readonly string[] | null | undefined) => (items ?? []).join('\n');
  const difficulty = { easy: 'Easy', medium: 'Medium', hard: 'Hard' }[question.difficulty];
  const kind = { star: 'STAR', approach: 'Approach outline', case_structure: 'Case structure', why_ask: 'Why to ask' }[
    question.answerFramework.kind
  ];
  return [
    String(number),
    question.question,
    question.category,
    difficulty,
    String(question.timeEstimateMinutes),
    question.stage ?? '',
    question.basedOn,
    lines(question.evaluates),
    lines(question.strongAnswerSignals),
    kind,
    lines(question.answerFramework.steps.map((step) => `${step.label}: ${step.guidance}`)),
    lines(question.hints),
    lines(question.followUps),
    lines(question.redFlags),
    question.caseStudy?.scenario ?? '',
    lines(question.caseStudy?.dataProvided),
    question.caseStudy?.expectedApproach ?? '',
  ];
}

/** The expected cell as it must appear in the file: protected when it starts like a formula. */
function protectedCell(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

function withQuestions(questions: Question[]): Session {
  const session = buildSampleSession();
  return { ...session, result: { ...session.result, questions } };
}

describe('sessionToCsv', () => {
  it('writes a header and one row per question whose cells read back exactly', () => {
    const session = buildSampleSession();
    const csv = sessionToCsv(session);
    const rows = parseCsv(csv);

    expect(rows).toHaveLength(4);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    session.result.questions.forEach((question, index) => {
      expect(rows[index + 1]).toEqual(expectedRow(question, index + 1).map(protectedCell));
    });
  });

  it('protects the cells of the sample that start like formulas, and only those', () => {
    const [, first, , third] = parseCsv(sessionToCsv(buildSampleSession()));
    const cell = (row: string[] | undefined, column: (typeof CSV_COLUMNS)[number]) =>
      row?.[CSV_COLUMNS.indexOf(column)];

    expect(cell(first, 'Hints')).toBe(
      "'=SUM(A1) looks like a formula\nThink of the outbox pattern\n@mention the database constraint",
    );
    expect(cell(first, 'Evaluates')).toBe("'-5 years of legacy retries to untangle\nIdempotency keys\nTrade-offs");
    expect(cell(first, 'Red flags')).toBe('\'+1 retry loop without a limit\nRelies on "the provider never retries"');
    expect(cell(third, 'Hints')).toMatch(/^'@mention the lead/);
    expect(cell(first, 'Question')).toBe(
      'How would you make a payment webhook handler idempotent, e.g. for "duplicate" deliveries?',
    );
    expect(cell(first, 'Follow-up questions')).toContain('Привет');
    // Only a cell's start can trigger a formula: "+ tests …" on its second line is left alone.
    expect(cell(first, 'Strong answer signals')).toBe(
      'Names the unique constraint, "not a lock"\n+ tests a replay of the same event',
    );
  });

  it('has the posting words each question tests, its stage, strong answer signals and red flags', () => {
    const [header, first, second, third] = parseCsv(sessionToCsv(buildSampleSession()));
    expect(header).toEqual(expect.arrayContaining(['Based on', 'Stage', 'Strong answer signals', 'Red flags']));
    const cell = (row: string[] | undefined, column: (typeof CSV_COLUMNS)[number]) =>
      row?.[CSV_COLUMNS.indexOf(column)];

    expect(cell(first, 'Based on')).toBe('design event-driven services in Go and TypeScript');
    expect(cell(first, 'Stage')).toBe('technical screen');
    expect(cell(second, 'Based on')).toBe('own PostgreSQL schemas');
    expect(cell(second, 'Stage')).toBe('panel interview');
    expect(cell(second, 'Strong answer signals')).toBe(
      'Separates load from contention\nWorks out 2,400 / 900 ≈ 2.7× the usual load',
    );
    expect(cell(second, 'Red flags')).toBe('');
    expect(cell(third, 'Based on')).toBe('mentor a team of five');
    expect(cell(third, 'Stage')).toBe('');
    expect(cell(third, 'Strong answer signals')).toBe('Says "I", not "we"\nEnds with a result, e.g. -30% incidents');
    expect(cell(third, 'Red flags')).toBe('Blames the lead');
  });

  it('protects the new columns against formulas too', () => {
    const session = buildSampleSession();
    const [first] = session.result.questions;
    const csv = sessionToCsv({
      ...session,
      result: {
        ...session.result,
        questions: [{ ...first!, basedOn: '=HYPERLINK("http://evil.example")', stage: '@stage', redFlags: ['+1'] }],
      },
    });
    const [, row] = parseCsv(csv);
    expect(row?.[CSV_COLUMNS.indexOf('Based on')]).toBe('\'=HYPERLINK("http://evil.example")');
    expect(row?.[CSV_COLUMNS.indexOf('Stage')]).toBe("'@stage");
    expect(row?.[CSV_COLUMNS.indexOf('Red flags')]).toBe("'+1");
  });

  it('never writes the candidate profile, which is personal', () => {
    const session = buildSampleSession();
    const profile = 'PRIVATE PROFILE: Jana Novák, 7 years at Zahlwerk GmbH';
    const csv = sessionToCsv({ ...session, request: { ...session.request, candidateProfile: profile } });
    expect(csv).not.toContain('PRIVATE PROFILE');
    expect(csv).not.toContain('Zahlwerk');
  });

  it('follows RFC 4180: CRLF record ends, quotes doubled, a UTF-8 byte-order mark first', () => {
    const csv = sessionToCsv(buildSampleSession());
    expect(csv.startsWith('\uFEFFNumber,Question,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv).toContain(
      '"How would you make a payment webhook handler idempotent, e.g. for ""duplicate"" deliveries?"',
    );
    expect(csv.split('\r\n')[0]).toBe(`\uFEFF${CSV_COLUMNS.join(',')}`);
  });

  it('writes only the header for a session without questions', () => {
    expect(parseCsv(sessionToCsv(withQuestions([])))).toEqual([[...CSV_COLUMNS]]);
  });

  it('round-trips arbitrary question text through a CSV parser, with no formula trigger left', () => {
    fc.assert(
      fc.property(fc.array(questionArbitrary(), { maxLength: 6 }), (questions) => {
        const rows = parseCsv(sessionToCsv(withQuestions(questions)));
        expect(rows).toHaveLength(questions.length + 1);
        rows.forEach((row) => {
          expect(row).toHaveLength(CSV_COLUMNS.length);
          for (const cell of row) expect(cell).not.toMatch(FORMULA_START);
        });
        questions.forEach((question, index) => {
          expect(rows[index + 1]).toEqual(expectedRow(question, index + 1).map(protectedCell));
        });
      }),
      { numRuns: 300 },
    );
  });

  it('exports any valid session without breaking the row structure', () => {
    fc.assert(
      fc.property(sessionArbitrary(), (session) => {
        const rows = parseCsv(sessionToCsv(session));
        expect(rows).toHaveLength(session.result.questions.length + 1);
        expect(rows.every((row) => row.length === CSV_COLUMNS.length)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});

describe('neutralizeCsvFormula', () => {
  it('prefixes a quote to cells that start with a formula trigger', () => {
    expect(neutralizeCsvFormula('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(neutralizeCsvFormula('+1 555 0100')).toBe("'+1 555 0100");
    expect(neutralizeCsvFormula('-5 years')).toBe("'-5 years");
    expect(neutralizeCsvFormula('@cmd')).toBe("'@cmd");
    expect(neutralizeCsvFormula('\t=1')).toBe("'\t=1");
    expect(neutralizeCsvFormula('\r=1')).toBe("'\r=1");
  });

  it('leaves other cells alone', () => {
    for (const cell of ['', 'plain text', ' =not at the start', 'a=b', "'=already protected", 'Zürich', '5-10 years'])
      expect(neutralizeCsvFormula(cell)).toBe(cell);
  });

  it('is idempotent, changes a cell only by one leading quote, and never leaves a trigger first', () => {
    fc.assert(
      fc.property(textArbitrary(), (cell) => {
        const once = neutralizeCsvFormula(cell);
        expect(neutralizeCsvFormula(once)).toBe(once);
        expect([cell, `'${cell}`]).toContain(once);
        expect(once).not.toMatch(FORMULA_START);
        expect(once !== cell).toBe(FORMULA_START.test(cell));
      }),
      { numRuns: 500 },
    );
  });
});
