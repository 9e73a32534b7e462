/** The existing stream-parsing benchmark (scripts/bench-stream-parsing.ts), run as it is, its table kept. */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { repositoryRoot } from './processes.js';

export function runStreamParsingBenchmark(): string {
  return execFileSync(process.execPath, ['--import', 'tsx', path.join('scripts', 'bench-stream-parsing.ts')], {
    cwd: repositoryRoot,
    encoding: 'utf8',
  }).trim();
}
