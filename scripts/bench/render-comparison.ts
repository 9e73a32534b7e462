/**
 * The before/after section of bench/results.md: bench/changes.md (what was changed, written by
 * hand) and a table of the figures of bench/results-before.json (a run of the code before the
 * changes, on the same machine in the same session) beside this run's.
 */
type Row = Record<string, unknown>;

const cell = (value: unknown) => (value === null || value === undefined ? 'n/a' : String(value));
const levelsOf = (results: Row, section: string) => ((results[section] as Row | undefined)?.['levels'] ?? []) as Row[];

function levelRows(before: Row, after: Row, section: string, label: string): string[][] {
  return levelsOf(after, section).flatMap((level) => {
    const old = levelsOf(before, section).find(
      (candidate) => candidate['pattern'] === level['pattern'] && candidate['level'] === level['level'],
    );
    if (!old) return [];
    const name = `${label} ${level['pattern']} ${level['level']}`;
    const pair = (key: string) => `${cell(old[key])} → ${cell(level[key])}`;
    return [
      [`${name}: server-added p50 / p99 ms`, `${pair('addedP50Ms')} / ${pair('addedP99Ms')}`],
      [`${name}: CPU ms per stream, peak RSS MB`, `${pair('cpuMsPerStream')}, ${pair('peakRssMb')}`],
      [`${name}: event loop max / p99 ms`, `${pair('eventLoopMaxMs')} / ${pair('eventLoopP99Ms')}`],
    ];
  });
}

function otherRows(before: Row, after: Row): string[][] {
  const pick = (results: Row, section: string, key: string) => (results[section] as Row | undefined)?.[key];
  const pair = (section: string, key: string) =>
    `${cell(pick(before, section, key))} → ${cell(pick(after, section, key))}`;
  return [
    ['JS before any click, gzip -9 B', pair('browser', 'jsGzipBytes')],
    ['form interactive ms', pair('browser', 'interactiveMs')],
    ['click → first card, median ms', pair('browser', 'firstCardMedianMs')],
    ['cold start to a healthy /api/health, median ms', pair('coldStart', 'medianMs')],
    ['last live progress vs final output tokens, max error %', pair('progress', 'maxErrorPercent')],
    [
      'load average at start',
      `${cell(pick(before, 'machine', 'loadAverageAtStart'))} → ${cell(pick(after, 'machine', 'loadAverageAtStart'))}`,
    ],
  ];
}

export function renderComparison(changes: string, before: Row | null, after: Row): string {
  if (!before) return `## What was changed and what each change bought\n\n${changes.trim()}\n`;
  const rows = [
    ...levelRows(before, after, 'generation', 'generation'),
    ...levelRows(before, after, 'practice', 'practice'),
    ...otherRows(before, after),
  ];
  const table = ['| figure | before → after |', '|---|---|', ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
  return `## What was changed and what each change bought\n\n${changes.trim()}\n\nBefore: the run of ${cell(before['startedAt'])} (bench/results-before.json); after: this run.\n\n${table}\n`;
}
