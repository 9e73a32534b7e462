// npm test: type-check, lint (ESLint with the layer zones, Prettier), run every Vitest test (unit,
// integration, browser), then print one plain
// closing line "Tests: N passed, N failed" that any CI can read.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { repositoryRoot } from './build-if-stale.mjs';

const bin = (name) => path.join(repositoryRoot, 'node_modules/.bin', name);
const run = (command, args) => spawnSync(command, args, { cwd: repositoryRoot, stdio: 'inherit' }).status ?? 1;

if (run(bin('tsc'), ['-p', 'tsconfig.json']) !== 0) {
  process.stdout.write('Type-check failed.\n');
  process.exit(1);
}
if (run(bin('eslint'), ['.']) !== 0 || run(bin('prettier'), ['--check', '--log-level', 'warn', '.']) !== 0) {
  process.stdout.write('Lint failed: run `npm run format`, then fix what remains.\n');
  process.exit(1);
}
const reportFile = path.join(repositoryRoot, 'test-results/vitest.json');
fs.rmSync(reportFile, { force: true });
const status = run(bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${reportFile}`,
  ...process.argv.slice(2),
]);
if (fs.existsSync(reportFile)) {
  const report = JSON.parse(fs.readFileSync(reportFile, 'utf8'));
  const skipped = report.numPendingTests + report.numTodoTests;
  process.stdout.write(
    `\nTests: ${report.numPassedTests} passed, ${report.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}\n`,
  );
}
process.exit(status);
