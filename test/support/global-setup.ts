import { execFileSync } from 'node:child_process';
import path from 'node:path';

/** True when this run includes the browser tests (no file filter, or one matching test/e2e). */
function runIncludesBrowserTests(): boolean {
  const filters = process.argv.slice(2).filter((argument) => !argument.startsWith('-') && argument !== 'run');
  return filters.length === 0 || filters.some((filter) => 'test/e2e'.startsWith(filter) || filter.includes('e2e'));
}

/** Builds the web client once before the run when it is stale (browser tests serve it). */
export default function setup(): void {
  if (!runIncludesBrowserTests()) return;
  const script = path.resolve(import.meta.dirname, '../../scripts/build-if-stale.mjs');
  try {
    execFileSync(process.execPath, [script, 'web'], { stdio: 'inherit' });
  } catch {
    process.stderr.write('The web client did not build: browser tests will fail.\n');
  }
}
