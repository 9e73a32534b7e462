import type { ReliabilityRow } from './row.js';

const COLUMNS = ['check', 'figure', 'bound', 'result'] as const;

/** The rows as one aligned plain-text table, a header and a rule first. */
export function formatTable(rows: ReliabilityRow[]): string {
  const cells = rows.map((row) => [row.check, row.figure, row.bound, row.ok ? 'ok' : 'FAIL']);
  const widths = COLUMNS.map((title, column) => Math.max(title.length, ...cells.map((line) => line[column]!.length)));
  const render = (line: readonly string[]) =>
    line
      .map((cell, column) => cell.padEnd(widths[column]!))
      .join('  ')
      .trimEnd();
  return [render(COLUMNS), widths.map((width) => '-'.repeat(width)).join('  '), ...cells.map(render)].join('\n');
}
