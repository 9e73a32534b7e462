// The browser entry bundles its own Buffer shim; the node entry relies on the global Buffer,
// which a web bundle of src/core does not have.
import { stringify } from 'csv-stringify/browser/esm/sync';
import type { Question } from '../schemas/question.js';
import type { Session } from '../schemas/session.js';
import { DIFFICULTY_LABELS } from '../labels.js';
import { FRAMEWORK_KIND_LABELS } from './export-labels.js';

/** Column headers of the CSV export, in order. */
export const CSV_COLUMNS = [
  'Number',
  'Question',
  'Category',
  'Difficulty',
  'Minutes',
  'Stage',
  'Based on',
  'Evaluates',
  'Strong answer signals',
  'Answer framework',
  'Framework steps',
  'Hints',
  'Follow-up questions',
  'Red flags',
  'Case scenario',
  'Case data',
  'Expected approach',
] as const;

/** Items of a list inside one cell are put on their own lines. */
export const CSV_LIST_SEPARATOR = '\n';

/** Spreadsheet programs need a byte-order mark to read a CSV file as UTF-8 (Zürich, Привет). */
export const CSV_BYTE_ORDER_MARK = '\uFEFF';

const FORMULA_TRIGGER = /^[=+\-@\t\r]/;

/**
 * Stops a spreadsheet from running a cell as a formula (CSV injection): a cell that begins with
 * `=`, `+`, `-`, `@`, tab or carriage return gets a leading single quote. Applying it twice
 * changes nothing more.
 */
export function neutralizeCsvFormula(cell: string): string {
  return FORMULA_TRIGGER.test(cell) ? `'${cell}` : cell;
}

/**
 * The questions of a session as CSV: a byte-order mark, a header row, then one row per question.
 * Only the questions: the candidate profile (personal) and the session's other parts are not in it.
 * RFC 4180: CRLF between records, fields with a comma, quote or line break in double quotes.
 * No cell begins with a formula trigger (see neutralizeCsvFormula).
 */
export function sessionToCsv(session: Session): string {
  const rows = session.result.questions.map((question, index) => questionRow(question, index + 1));
  return csvText([[...CSV_COLUMNS], ...rows]);
}

/**
 * Rows as a CSV file, as every CSV export writes one: a byte-order mark, CRLF between records,
 * fields with a comma, quote or line break in double quotes, no cell starting with a formula
 * trigger (see neutralizeCsvFormula).
 */
export function csvText(rows: readonly (readonly string[])[]): string {
  const csv = stringify(
    rows.map((row) => row.map(neutralizeCsvFormula)),
    {
      record_delimiter: 'windows',
      // A bare line break inside a field must be quoted too; csv-stringify only looks for CRLF here.
      quoted_match: /[\r\n]/,
    },
  );
  return `${CSV_BYTE_ORDER_MARK}${csv}`;
}

function questionRow(question: Question, number: number): string[] {
  const { caseStudy } = question;
  return [
    String(number),
    question.question,
    question.category,
    DIFFICULTY_LABELS[question.difficulty],
    String(question.timeEstimateMinutes),
    question.stage ?? '',
    question.basedOn,
    joinList(question.evaluates),
    joinList(question.strongAnswerSignals),
    FRAMEWORK_KIND_LABELS[question.answerFramework.kind],
    joinList(question.answerFramework.steps.map((step) => `${step.label}: ${step.guidance}`)),
    joinList(question.hints),
    joinList(question.followUps),
    joinList(question.redFlags),
    caseStudy?.scenario ?? '',
    joinList(caseStudy?.dataProvided ?? []),
    caseStudy?.expectedApproach ?? '',
  ];
}

function joinList(items: readonly string[]): string {
  return items.join(CSV_LIST_SEPARATOR);
}
