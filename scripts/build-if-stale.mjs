// Builds the web bundle and the server (with the command line) when their sources are newer than
// the last build. Everything it prints goes to stderr: the CLI's stdout carries its export.
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
  // The build's own output (tsc prints its errors on stdout) goes to stderr too.
  execFileSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', '--silent', script], {
    cwd: repositoryRoot,
    stdio: ['ignore', 2, 2],
  });
}

const common = ['src/core', 'package.json', 'tsconfig.json'];
const builds = [
  {
    name: 'web client',
    script: 'build:web',
    outputs: ['dist/web/index.html'],
    sources: [...common, 'src/web', 'vite.config.ts'],
  },
  {
    name: 'server and command line',
    script: 'build:server',
    outputs: ['dist/node/server/main.js', 'dist/node/cli/main.js'],
    sources: [...common, 'src/llm', 'src/store', 'src/app', 'src/server', 'src/cli', 'tsconfig.server.json'],
  },
];

/** Rebuilds what is missing or older than its sources. `only` limits to 'web' or 'server'. */
export function buildIfStale(only) {
  for (const build of builds) {
    if (only && !build.script.endsWith(only)) continue;
    const oldestOutput = Math.min(...build.outputs.map(modificationOf));
    if (oldestOutput >= newestModification(build.sources)) continue;
    process.stderr.write(`Building the ${build.name}...\n`);
    run(build.script);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) buildIfStale(process.argv[2]);
