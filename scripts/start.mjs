// npm start: build what is stale, then run the compiled server.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { buildIfStale, repositoryRoot } from './build-if-stale.mjs';

buildIfStale();
const server = spawn(process.execPath, [path.join(repositoryRoot, 'dist/node/server/main.js')], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
