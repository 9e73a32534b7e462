import { execFileSync } from 'node:child_process';
import path from 'node:path';

/** The test files that run the built server and command line (`npm start` checks the web client too). */
const BUILT_APP_TESTS = ['test/integration/cli.test.ts', 'test/integration/npm-start.test.ts'];

function fileFilters(): string[] {
  return process.argv.slice(2).filter((argument) => !argument.startsWith('-') && argument !== 'run');
}

/** True when this run includes the browser tests (no file filter, or one matching test/e2e). */
function runIncludesBrowserTests(filters: string[]): boolean {
  return filters.length === 0 || filters.some((filter) => 'test/e2e'.startsWith(filter) || filter.includes('e2e'));
}

/** True when this run includes a test of the built app (no file filter, or one matching such a file). */
function runIncludesBuiltAppTests(filters: string[]): boolean {
  return filters.length === 0 || filters.some((filter) => BUILT_APP_TESTS.some((file) => file.includes(filter)));
}

/**
 * Builds once before the run what is stale: the web client for the browser tests (they serve it),
 * everything for the tests of the built app, so that no test file builds while others run.
 */
export default function setup(): void {
  const filters = fileFilters();
  const everything = runIncludesBuiltAppTests(filters);
  if (!everything && !runIncludesBrowserTests(filters)) return;
  const script = path.resolve(import.meta.dirname, '../../scripts/build-if-stale.mjs');
  try {
    execFileSync(process.execPath, everything ? [script] : [script, 'web'], { stdio: 'inherit' });
  } catch {
    process.stderr.write(
      everything
        ? 'The build failed: the CLI, npm start and browser tests will fail.\n'
        : 'The web client did not build: browser tests will fail.\n',
    );
  }
}
