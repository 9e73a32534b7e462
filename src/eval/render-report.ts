import { formatUsd } from '../core/cost/price-usage.js';
import type { EvalRow, EvalRunInfo } from './eval-row.js';
import { groupRows, summariseRows, type RowSummary } from './summarise-rows.js';

const NONE = '—';

/** A table cell: no pipes or line breaks, so the row stays one row. */
function cell(value: string | number): string {
  return String(value).replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();
}

function table(header: readonly string[], align: readonly ('l' | 'r')[], rows: readonly (string | number)[][]) {
  return [
    `| ${header.join(' | ')} |`,
    `|${align.map((side) => (side === 'r' ? '---:' : '---')).join('|')}|`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ].join('\n');
}

function percent(part: number, whole: number): string {
  return whole === 0 ? NONE : `${Math.round((part / whole) * 100)}%`;
}

function average(total: number, count: number, digits = 0): string {
  return count === 0 ? NONE : (total / count).toFixed(digits);
}

function formatDuration(milliseconds: number): string {
  const seconds = Math.round(milliseconds / 1000);
  return seconds < 60 ? `${seconds} s` : `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
}

/** The cells of one row of the results table (after its number). */
export function rowCells(row: EvalRow): string[] {
  const score = row.score;
  const usage = row.usage;
  const approx = usage?.estimated ? '~' : '';
  const software = !score?.valid ? NONE : score.softwareWords === null ? 'n/a' : formatSoftware(score.softwareWords);
  return [
    row.posting,
    row.sector,
    row.interviewType,
    row.technique,
    score === null ? NONE : score.valid ? 'yes' : 'no',
    score === null ? NONE : `${score.schemaAdherent ? 'yes' : 'no'}${formatNote(row)}`,
    score === null
      ? NONE
      : `${score.kept}/${row.questionCount}${score.returned === score.kept ? '' : ` (${score.returned} returned)`}`,
    score === null ? NONE : String(score.rejected),
    score?.basedOnFound == null ? NONE : `${score.basedOnFound}/${score.kept}`,
    score?.nearDuplicates == null ? NONE : String(score.nearDuplicates),
    software,
    usage ? `${approx}${usage.inputTokens} / ${approx}${usage.outputTokens}` : NONE,
    usage ? `${approx}${formatUsd(usage.costUsd)}` : NONE,
    row.error ? row.error.code : '',
  ];
}

/** The response format, when the server did not take the strict schema. */
function formatNote(row: EvalRow): string {
  return row.responseFormat === null || row.responseFormat === 'json_schema' ? '' : ` (${row.responseFormat})`;
}

function formatSoftware(finding: { questions: number; words: readonly string[] }): string {
  return finding.questions === 0 ? '0' : `${finding.questions} (${finding.words.join(', ')})`;
}

const ROW_HEADER = [
  '#',
  'posting',
  'sector',
  'type',
  'technique',
  'valid',
  'schema',
  'questions',
  'rejected',
  'basedOn in posting',
  'near-dups',
  'software words',
  'tokens in / out',
  'cost',
  'error',
];
const ROW_ALIGN = ['r', 'l', 'l', 'l', 'l', 'l', 'l', 'r', 'r', 'r', 'r', 'l', 'r', 'r', 'l'] as const;

/** The cells of one summary line: a group's averages (see eval/README.md for each column). */
export function summaryCells(summary: RowSummary): string[] {
  return [
    String(summary.rows),
    percent(summary.valid, summary.rows),
    percent(summary.schemaAdherent, summary.rows),
    percent(summary.rejected, summary.returned),
    percent(summary.basedOnFound, summary.kept),
    average(summary.nearDuplicates, summary.valid, 2),
    summary.nonSoftwareSets === 0 ? NONE : `${summary.setsWithSoftwareWords}/${summary.nonSoftwareSets}`,
    `${average(summary.inputTokens, summary.rowsWithUsage)} / ${average(summary.outputTokens, summary.rowsWithUsage)}`,
    summary.rowsWithCost === 0 ? 'unknown' : formatUsd(summary.costUsd / summary.rowsWithCost),
    String(summary.errors),
  ];
}

const SUMMARY_HEADER = [
  'rows',
  'valid',
  'schema',
  'rejected elements',
  'basedOn in posting',
  'near-dups / set',
  'sets with software words',
  'avg tokens in / out',
  'avg cost',
  'errors',
];
const SUMMARY_ALIGN = ['r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r'] as const;

function summaryTable<Key extends string>(
  title: string,
  rows: readonly EvalRow[],
  keys: readonly Key[],
  keyOf: (row: EvalRow) => Key,
): string {
  const lines = groupRows(rows, keys, keyOf).map((group) => [group.key, ...summaryCells(summariseRows(group.rows))]);
  lines.push(['**all**', ...summaryCells(summariseRows(rows))]);
  return table([title, ...SUMMARY_HEADER], ['l', ...SUMMARY_ALIGN], lines);
}

/** The distinct error messages of the run, per code, with how many rows had each. */
function errorDetails(rows: readonly EvalRow[]): string {
  const counts = new Map<string, number>();
  for (const row of rows) {
    if (!row.error) continue;
    const line = `\`${row.error.code}\`: ${cell(row.error.message)}`;
    counts.set(line, (counts.get(line) ?? 0) + 1);
  }
  if (counts.size === 0) return 'None.';
  return [...counts].map(([line, count]) => `- ${line} (${count} row${count === 1 ? '' : 's'})`).join('\n');
}

/**
 * The evaluation report in Markdown: how it was run (model, server, date, command), the averages
 * per technique and per interview type, one row per posting x type x technique, and the errors.
 */
export function renderReport(info: EvalRunInfo, rows: readonly EvalRow[]): string {
  const total = summariseRows(rows);
  const heading = [
    '# Evaluation results',
    '',
    `- Model: \`${info.model}\` on \`${info.serverHost}\``,
    `- Date: ${info.startedAt.toISOString()} (took ${formatDuration(info.durationMs)})`,
    `- Command: \`${info.command}\``,
    `- ${info.postings} posting${info.postings === 1 ? '' : 's'} x ${info.interviewTypes.length} type${info.interviewTypes.length === 1 ? '' : 's'} (${info.interviewTypes.join(', ')}) x ${info.techniques.length} technique${info.techniques.length === 1 ? '' : 's'} (${info.techniques.join(', ')}) = ${rows.length} sets of ${info.questionCount} question${info.questionCount === 1 ? '' : 's'}, level ${info.experienceLevel}`,
    `- Tokens: ${total.inputTokens} in, ${total.outputTokens} out; cost ${total.rowsWithCost === 0 ? 'unknown' : formatUsd(total.costUsd)}${total.rowsWithCost < total.rowsWithUsage ? ` (${total.rowsWithUsage - total.rowsWithCost} rows of unknown price)` : ''}; ${total.errors} row${total.errors === 1 ? '' : 's'} with an error`,
    '',
    'Columns are explained in eval/README.md. `—` means not measured (no result); `~` marks usage counted locally because the server reported none.',
  ].join('\n');
  const numbered = rows.map((row, index) => [String(index + 1), ...rowCells(row)]);
  return [
    heading,
    '## Per technique',
    summaryTable('technique', rows, info.techniques, (row) => row.technique),
    '## Per interview type',
    summaryTable('type', rows, info.interviewTypes, (row) => row.interviewType),
    '## Rows',
    table(ROW_HEADER, ROW_ALIGN, numbered),
    '## Errors',
    errorDetails(rows),
    '',
  ].join('\n\n');
}
