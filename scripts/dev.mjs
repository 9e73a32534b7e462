// npm run dev: the API server with reload on change (tsx watch) and Vite's dev server with hot
// reload, which proxies /api to it. Open http://127.0.0.1:5173.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { repositoryRoot } from './build-if-stale.mjs';

const bin = (name) => path.join(repositoryRoot, 'node_modules/.bin', name);
const children = [
  spawn(bin('tsx'), ['watch', '--clear-screen=false', 'src/server/main.ts'], {
    cwd: repositoryRoot,
    stdio: 'inherit',
    env: { ...process.env, WEB_ROOT: 'none' },
  }),
  spawn(bin('vite'), ['--host', '127.0.0.1'], { cwd: repositoryRoot, stdio: 'inherit' }),
];
const stopAll = () => children.forEach((child) => child.kill('SIGTERM'));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, stopAll);
children.forEach((child) =>
  child.on('exit', (code) => {
    stopAll();
    process.exit(code ?? 0);
  }),
);
