/** Markdown tables for bench/results.md: a missing figure reads `n/a`. */
export const markdownCell = (value: unknown) => (value === null || value === undefined ? 'n/a' : String(value));

export const markdownTable = (headers: string[], rows: unknown[][]) =>
  [
    `| ${headers.join(' | ')} |`,
    `|${headers.map(() => '---').join('|')}|`,
    ...rows.map((row) => `| ${row.map(markdownCell).join(' | ')} |`),
  ].join('\n');
