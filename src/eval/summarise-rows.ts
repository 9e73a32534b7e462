import type { EvalRow } from './eval-row.js';

/** The averages of a group of rows (one technique, one interview type, or all). */
export type RowSummary = {
  rows: number;
  /** Rows whose reply was read into a result. */
  valid: number;
  /** Rows whose reply fits the strict schema. */
  schemaAdherent: number;
  /** Question elements returned, and how many of them were rejected. */
  returned: number;
  rejected: number;
  /** Questions kept in valid results, and how many of them have a basedOn found in the posting. */
  kept: number;
  basedOnFound: number;
  /** Near-duplicate questions, summed over valid results. */
  nearDuplicates: number;
  /** Valid results for non-software postings, and how many use a software word the posting does not. */
  nonSoftwareSets: number;
  setsWithSoftwareWords: number;
  /** Rows with usage, and their tokens summed. */
  rowsWithUsage: number;
  inputTokens: number;
  outputTokens: number;
  /** Rows with a known cost, and the cost summed in dollars. */
  rowsWithCost: number;
  costUsd: number;
  /** Rows with an error. */
  errors: number;
};

export function summariseRows(rows: readonly EvalRow[]): RowSummary {
  const summary: RowSummary = {
    rows: rows.length,
    valid: 0,
    schemaAdherent: 0,
    returned: 0,
    rejected: 0,
    kept: 0,
    basedOnFound: 0,
    nearDuplicates: 0,
    nonSoftwareSets: 0,
    setsWithSoftwareWords: 0,
    rowsWithUsage: 0,
    inputTokens: 0,
    outputTokens: 0,
    rowsWithCost: 0,
    costUsd: 0,
    errors: 0,
  };
  for (const row of rows) {
    if (row.error) summary.errors += 1;
    if (row.usage) {
      summary.rowsWithUsage += 1;
      summary.inputTokens += row.usage.inputTokens;
      summary.outputTokens += row.usage.outputTokens;
      if (row.usage.costUsd !== null) {
        summary.rowsWithCost += 1;
        summary.costUsd += row.usage.costUsd;
      }
    }
    const score = row.score;
    if (!score) continue;
    summary.returned += score.returned;
    summary.rejected += score.rejected;
    if (!score.valid) continue;
    summary.valid += 1;
    if (score.schemaAdherent) summary.schemaAdherent += 1;
    summary.kept += score.kept;
    summary.basedOnFound += score.basedOnFound ?? 0;
    summary.nearDuplicates += score.nearDuplicates ?? 0;
    if (score.softwareWords) {
      summary.nonSoftwareSets += 1;
      if (score.softwareWords.questions > 0) summary.setsWithSoftwareWords += 1;
    }
  }
  return summary;
}

/** The rows grouped by a key, in the order of `keys` (keys without rows are left out). */
export function groupRows<Key extends string>(
  rows: readonly EvalRow[],
  keys: readonly Key[],
  keyOf: (row: EvalRow) => Key,
): { key: Key; rows: EvalRow[] }[] {
  return keys
    .map((key) => ({ key, rows: rows.filter((row) => keyOf(row) === key) }))
    .filter((group) => group.rows.length > 0);
}
