import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startFakeOpenAI, type FakeOpenAI } from '../support/fake-openai-server.js';
import { exited } from '../support/start-server-process.js';

// `npm start` as the README runs it, stopped the way a service manager or `kill` stops it: SIGTERM
// to the npm process. Everything it started must be gone and the port free within a few seconds.

const repositoryRoot = path.resolve(import.meta.dirname, '../..');
const STOP_WITHIN_MS = 5_000;

let fake: FakeOpenAI;
// The global setup built what was stale, so npm start only checks the build (a source edited
// since then makes it rebuild first: slower, still passing).
beforeAll(async () => {
  fake = await startFakeOpenAI();
});
afterAll(async () => fake.close());

/** Every process below `rootPid`, from `ps`. */
function descendantsOf(rootPid: number): number[] {
  const table = execFileSync('ps', ['-e', '-o', 'pid=,ppid='], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/).map(Number) as [number, number]);
  const found: number[] = [];
  const visit = (parent: number) => {
    for (const [pid, ppid] of table) {
      if (ppid === parent) {
        found.push(pid);
        visit(pid);
      }
    }
  };
  visit(rootPid);
  return found;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function canListen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

it('stops the server when the npm process gets SIGTERM, freeing the port', { timeout: 150_000 }, async () => {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'interview-prep-npm-start-'));
  const npm = spawn('npm', ['start'], {
    cwd: repositoryRoot,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      WEB_ROOT: 'none',
      OPENAI_API_KEY: 'sk-test',
      OPENAI_BASE_URL: fake.baseURL,
      LOG_LEVEL: 'info',
      npm_config_update_notifier: 'false',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  npm.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  let started: number[] = [];
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`npm start did not get ready:\n${output.join('')}`)), 120_000);
      readline.createInterface({ input: npm.stdout }).on('line', (line) => {
        output.push(line);
        const match = /ready at (http:\/\/[\d.:]+)/.exec(line);
        if (match?.[1]) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      });
      npm.once('exit', (code) => reject(new Error(`npm start exited with ${code}:\n${output.join('\n')}`)));
    });
    expect(await (await fetch(`${url}/api/health`)).json()).toEqual({ status: 'ok', database: 'ok' });
    const port = Number(new URL(url).port);
    started = descendantsOf(npm.pid!);
    expect(started.length).toBeGreaterThan(0);

    const stoppedAt = Date.now();
    npm.kill('SIGTERM');
    await exited(npm);
    while (started.some(isAlive) && Date.now() - stoppedAt < STOP_WITHIN_MS) await sleep(50);
    const left = started.filter(isAlive);
    expect(left, `still running ${STOP_WITHIN_MS} ms after SIGTERM:\n${output.join('\n')}`).toEqual([]);
    expect(await canListen(port)).toBe(true);
    // The server shut down in order (not killed): it logged it.
    expect(output.join('\n')).toContain('shutting down');
  } finally {
    // Only what this test started, by pid, whatever the outcome.
    for (const pid of [npm.pid!, ...started]) if (isAlive(pid)) process.kill(pid, 'SIGKILL');
    await fs.rm(dataDir, { recursive: true, force: true });
  }
});
