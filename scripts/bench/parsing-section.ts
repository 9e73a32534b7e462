/**
 * The stream-parsing benchmark (scripts/bench-stream-parsing.ts), the SSE decoding one
 * (scripts/bench-sse-decoding.ts) and the cost of receiving a chunk (scripts/bench-read-floor.ts),
 * each run as it is, their tables kept.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { repositoryRoot } from './processes.js';

export function runStreamParsingBenchmark(): string {
  return ['bench-stream-parsing.ts', 'bench-sse-decoding.ts', 'bench-read-floor.ts']
    .map((script) =>
      execFileSync(process.execPath, ['--import', 'tsx', path.join('scripts', script)], {
        cwd: repositoryRoot,
        encoding: 'utf8',
      }).trim(),
    )
    .join('\n\n');
}
