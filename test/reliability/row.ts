/** One line of the reliability table: what was measured, the figure, its bound, and whether it held. */
export type ReliabilityRow = { check: string; figure: string; bound: string; ok: boolean };

/** What every file in test/reliability/checks exports. */
export type ReliabilityCheck = { run(): Promise<ReliabilityRow[]> };
