import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  FOLLOW_UP_THREAD_ID,
  PARTIAL_THREAD_ID,
  buildFollowUpThread,
  buildPartialThread,
  buildPracticeSession,
} from '../../../test/fixtures/sample-practice.js';
import { buildSampleSession } from '../../../test/fixtures/sample-session.js';
import { sessionArbitrary } from '../../../test/fixtures/session-arbitrary.js';
import { CRITERION_NAMES } from '../practice/rubrics.js';
import { CRITERIA_BY_TYPE } from '../schemas/practice.js';
import type { Session } from '../schemas/session.js';
import {
  ATTEMPT_CSV_LEADING_COLUMNS,
  ATTEMPT_CSV_TRAILING_COLUMNS,
  NO_EVIDENCE_CELL,
  sessionAttemptsToCsv,
} from './session-attempts-to-csv.js';
import { neutralizeCsvFormula } from './session-to-csv.js';

const FORMULA_START = /^[=+\-@\t\r]/;
const ANSWER_COLUMN = ATTEMPT_CSV_LEADING_COLUMNS.indexOf('Answer');

/** Parses strictly (CRLF records only) and leniently (any line end): a bare line break left unquoted would differ. */
function parseCsv(csv: string): string[][] {
  const strict: string[][] = parse(csv, { bom: true, record_delimiter: '\r\n' });
  const lenient: string[][] = parse(csv, { bom: true, record_delimiter: ['\r\n', '\n', '\r'] });
  expect(lenient).toEqual(strict);
  return strict;
}

/** Each row as an object keyed by its column, the protective quote taken off. */
function rowsOf(session: Session): Record<string, string>[] {
  const [header, ...rows] = parseCsv(sessionAttemptsToCsv(session));
  return rows.map((row) =>
    Object.fromEntries(header!.map((column, index) => [column, (row[index] ?? '').replace(/^'(?=[=+\-@\t\r])/, '')])),
  );
}

describe('sessionAttemptsToCsv', () => {
  const session = buildPracticeSession();
  const technical = CRITERIA_BY_TYPE.technical.map((criterion) => CRITERION_NAMES[criterion]);

  it('has the attempt’s facts, one column per criterion of the interview type, then its feedback', () => {
    const [header] = parseCsv(sessionAttemptsToCsv(session));
    expect(header).toEqual([...ATTEMPT_CSV_LEADING_COLUMNS, ...technical, ...ATTEMPT_CSV_TRAILING_COLUMNS]);
    const behavioral = buildPracticeSession({ request: { ...session.request, interviewType: 'behavioral' } });
    expect(parseCsv(sessionAttemptsToCsv(behavioral))[0]).toEqual([
      ...ATTEMPT_CSV_LEADING_COLUMNS,
      ...CRITERIA_BY_TYPE.behavioral.map((criterion) => CRITERION_NAMES[criterion]),
      ...ATTEMPT_CSV_TRAILING_COLUMNS,
    ]);
  });

  it('writes one row per attempt, by question, thread and turn, with every cell as saved', () => {
    const rows = rowsOf(buildPracticeSession({ practice: [buildPartialThread(), buildFollowUpThread()] }));
    expect(rows.map((row) => [row['Question number'], row['Thread'], row['Turn']])).toEqual([
      ['1', FOLLOW_UP_THREAD_ID, '1'],
      ['1', FOLLOW_UP_THREAD_ID, '2'],
      ['2', PARTIAL_THREAD_ID, '1'],
    ]);
    const [first, followUp] = buildFollowUpThread().attempts;
    expect(rows[0]).toEqual({
      Session: session.id,
      'Question number': '1',
      Question: session.result.questions[0]!.question,
      Thread: FOLLOW_UP_THREAD_ID,
      Turn: '1',
      Date: '2026-11-26T08:00:00.000Z',
      Mode: 'Coach',
      Status: 'Complete',
      Answered: first!.prompt,
      Answer: first!.answer,
      Verdict: 'Borderline',
      [CRITERION_NAMES.clarifies_problem]: '3',
      [CRITERION_NAMES.correctness_and_depth]: '2',
      [CRITERION_NAMES.trade_offs]: NO_EVIDENCE_CELL,
      [CRITERION_NAMES.safety_and_verification]: '1',
      [CRITERION_NAMES.clear_reasoning]: '3',
      [CRITERION_NAMES.fits_level]: '2',
      Strength: 'You start by asking how often the provider retries.',
      'Top fix': 'Say what happens when the handler crashes after the write: -5 points of risk.',
      'Follow-up': 'What happens if the handler crashes right after the insert?',
      'Duration (seconds)': '125',
      'Words per minute': '16',
      'Filler words': '2',
      'Cost (USD)': '0.0012',
    });
    expect(rows[1]).toMatchObject({ Answered: followUp!.prompt, Verdict: 'Strong', 'Duration (seconds)': '30' });
  });

  it('marks a partial attempt and leaves the criteria it never reached empty', () => {
    const [, , partial] = rowsOf(session);
    expect(partial).toMatchObject({
      Mode: 'Interview',
      Status: 'Partial',
      [CRITERION_NAMES.clarifies_problem]: '1',
      [CRITERION_NAMES.correctness_and_depth]: '3',
      [CRITERION_NAMES.trade_offs]: '',
      [CRITERION_NAMES.fits_level]: '',
      Strength: '',
      'Follow-up': '',
      'Duration (seconds)': '',
      'Words per minute': '',
      'Cost (USD)': '0.0004',
    });
  });

  it('protects cells that start like formulas, and only those', () => {
    const [, ...rows] = parseCsv(sessionAttemptsToCsv(session));
    const cells = rows.flat();
    expect(cells).toContain(
      "'-5 % of orders fail; 2,400 / 900 = 2.7, so the load is 2.7× the usual. Ελληνικά receipts matter too.",
    );
    expect(cells.filter((cell) => FORMULA_START.test(cell))).toEqual([]);
  });

  it('follows RFC 4180 with a byte-order mark, as the questions CSV does', () => {
    const csv = sessionAttemptsToCsv(session);
    expect(csv.startsWith(`\uFEFF${ATTEMPT_CSV_LEADING_COLUMNS.join(',')},`)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv).toContain('"Um, first I would ask how often the provider retries.\nThen I store');
  });

  it('writes only the header for a session without practice', () => {
    expect(parseCsv(sessionAttemptsToCsv(buildSampleSession()))).toHaveLength(1);
  });

  it('exports any valid session as one row per attempt of the header’s width, no formula trigger first', () => {
    fc.assert(
      fc.property(sessionArbitrary(), (random) => {
        const [header, ...rows] = parseCsv(sessionAttemptsToCsv(random));
        const attempts = random.practice.flatMap((thread) => thread.attempts);
        expect(rows).toHaveLength(attempts.length);
        for (const row of rows) {
          expect(row).toHaveLength(header!.length);
          for (const cell of row) expect(cell).not.toMatch(FORMULA_START);
        }
        expect(rows.map((row) => row[ANSWER_COLUMN]).sort()).toEqual(
          attempts.map((attempt) => neutralizeCsvFormula(attempt.answer)).sort(),
        );
      }),
      { numRuns: 100 },
    );
  });
});
