import { formatUsd } from '../core/cost/price-usage.js';
import { formatExportDate } from '../core/export/export-labels.js';
import type { SessionSummary } from '../core/schemas/session.js';
import { terminalText } from './terminal-text.js';

/** Characters of a session id shown in the list; any unique prefix opens the session. */
export const SHORT_ID_CHARS = 8;
const MAX_TITLE_CHARS = 40;

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** The history as an aligned text table: id, date, title, type, questions (partial marked), cost. */
export function formatSessionTable(sessions: readonly SessionSummary[]): string {
  const header = ['ID', 'DATE', 'TITLE', 'TYPE', 'QUESTIONS', 'COST'];
  const rows = sessions.map((session) => [
    session.id.slice(0, SHORT_ID_CHARS),
    formatExportDate(session.createdAt),
    shorten(terminalText(session.title, { singleLine: true }) || 'Interview preparation', MAX_TITLE_CHARS),
    session.interviewType,
    session.status === 'partial' ? `${session.questionCount} (partial)` : String(session.questionCount),
    formatUsd(session.costUsd),
  ]);
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => row[column]!.length)));
  const format = (row: string[]) =>
    row
      .map((cell, column) =>
        column === 4 || column === 5 ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!),
      )
      .join('  ')
      .trimEnd();
  return `${[header, ...rows].map(format).join('\n')}\n`;
}
