#!/usr/bin/env node
// The interview-prep command (package.json "bin"): builds the server and the command line when they
// are missing or older than their sources, as `npm start` does, then runs the compiled CLI.
// Building prints only to stderr: stdout carries the export.
import { buildIfStale } from '../scripts/build-if-stale.mjs';

try {
  buildIfStale('server');
} catch {
  process.stderr.write(
    'interview-prep: the build failed (see the errors above); run `npm ci` first if you have not.\n',
  );
  process.exit(1);
}
// Resolved at run time: dist/ exists only once the build above has run.
await import(new URL('../dist/node/cli/main.js', import.meta.url).href);
