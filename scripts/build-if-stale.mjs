// Builds the web bundle and the server when their sources are newer than the last build.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function newestModification(entries) {
  let newest = 0;
  const visit = (entry) => {
    if (!fs.existsSync(entry)) return;
    const stat = fs.statSync(entry);
    if (stat.isDirectory()) {
      for (const child of fs.readdirSync(entry)) visit(path.join(entry, child));
    } else if (!/\.test\.tsx?$/.test(entry)) {
      newest = Math.max(newest, stat.mtimeMs);
    }
  };
  entries.forEach((entry) => visit(path.join(repositoryRoot, entry)));
  return newest;
}

function modificationOf(file) {
  const fullPath = path.join(repositoryRoot, file);
  return fs.existsSync(fullPath) ? fs.statSync(fullPath).mtimeMs : -1;
}

function run(script) {
  execFileSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', '--silent', script], {
    cwd: repositoryRoot,
    stdio: 'inherit',
  });
}

const common = ['src/core', 'package.json', 'tsconfig.json'];
const builds = [
  { name: 'web client', script: 'build:web', output: 'dist/web/index.html', sources: [...common, 'src/web', 'vite.config.ts'] },
  { name: 'server', script: 'build:server', output: 'dist/node/server/main.js', sources: [...common, 'src/llm', 'src/store', 'src/server', 'tsconfig.server.json'] },
];

/** Rebuilds what is missing or older than its sources. `only` limits to 'web' or 'server'. */
export function buildIfStale(only) {
  for (const build of builds) {
    if (only && !build.script.endsWith(only)) continue;
    if (modificationOf(build.output) >= newestModification(build.sources)) continue;
    process.stdout.write(`Building the ${build.name}...\n`);
    run(build.script);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) buildIfStale(process.argv[2]);
