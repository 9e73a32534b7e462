// npm start: build what is stale, then run the compiled server.
import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { buildIfStale, repositoryRoot } from './build-if-stale.mjs';

buildIfStale();
const server = spawn(process.execPath, [path.join(repositoryRoot, 'dist/node/server/main.js')], { stdio: 'inherit' });
// Ctrl-C reaches the server too (same process group); the server ignores a repeated signal.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 128 + os.constants.signals[signal] : 1)));
