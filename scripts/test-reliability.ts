/**
 * `npm run test:reliability`: runs every check in test/reliability/checks (each exports
 * `run(): Promise<ReliabilityRow[]>`), one after the other, prints one table of the figures and
 * exits 1 when any figure breaks its bound. A check file added later is picked up as it is.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { formatTable } from '../test/reliability/format-table.js';
import type { ReliabilityCheck, ReliabilityRow } from '../test/reliability/row.js';

const CHECKS_FOLDER = path.resolve(import.meta.dirname, '../test/reliability/checks');
/** A check that takes longer than this fails (and the run goes on), so CI never hangs. */
const CHECK_TIMEOUT_MS = 150_000;
/** The whole run must fit in CI's five minutes. */
const TOTAL_BOUND_MS = 300_000;

function timeout(milliseconds: number): { promise: Promise<never>; clear: () => void } {
  let timer: NodeJS.Timeout | undefined;
  const promise = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`did not finish within ${milliseconds / 1000} s`)), milliseconds);
  });
  return { promise, clear: () => clearTimeout(timer) };
}

async function runCheck(file: string): Promise<ReliabilityRow[]> {
  const name = path.basename(file, '.ts');
  const started = Date.now();
  const limit = timeout(CHECK_TIMEOUT_MS);
  try {
    const check = (await import(pathToFileURL(file).href)) as Partial<ReliabilityCheck>;
    if (typeof check.run !== 'function') throw new Error('exports no run()');
    const rows = await Promise.race([check.run(), limit.promise]);
    process.stderr.write(`${name}: ${rows.length} rows in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    return rows;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`${name}: failed: ${error instanceof Error ? (error.stack ?? message) : message}\n`);
    return [{ check: name, figure: `error: ${message.split('\n')[0]!.slice(0, 100)}`, bound: 'runs', ok: false }];
  } finally {
    limit.clear();
  }
}

async function main(): Promise<number> {
  const started = Date.now();
  const files = (await fs.readdir(CHECKS_FOLDER))
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !file.endsWith('.d.ts'))
    .sort()
    .map((file) => path.join(CHECKS_FOLDER, file));
  const rows: ReliabilityRow[] = [];
  for (const file of files) rows.push(...(await runCheck(file)));
  const elapsedMs = Date.now() - started;
  rows.push({
    check: 'total runtime',
    figure: `${(elapsedMs / 1000).toFixed(1)} s`,
    bound: `< ${TOTAL_BOUND_MS / 1000} s`,
    ok: elapsedMs < TOTAL_BOUND_MS,
  });
  const failed = rows.filter((row) => !row.ok).length;
  process.stdout.write(
    `\n${formatTable(rows)}\n\nReliability: ${rows.length - failed} checks passed, ${failed} failed\n`,
  );
  return failed === 0 ? 0 : 1;
}

// Exits explicitly: a check that timed out may still hold sockets or timers.
main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
