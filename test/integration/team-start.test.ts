import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresAvailable, usePostgresCluster } from '../support/postgres-cluster.js';
import { exited, startServerProcess } from '../support/start-server-process.js';

const repositoryRoot = path.resolve(import.meta.dirname, '../..');

/** Runs the server entry (src/server/main.ts) until it exits; resolves with its exit code and output. */
function runServerUntilExit(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: repositoryRoot,
    env: { ...process.env, PORT: '0', LOG_LEVEL: 'info', WEB_ROOT: 'none', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
  return new Promise((resolve) =>
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    }),
  );
}

let dataDir: string;
beforeAll(async () => {
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'interview-prep-team-start-'));
});
afterAll(async () => fs.rm(dataDir, { recursive: true, force: true }));

it('the server refuses MODE=team without DATABASE_URL, saying what to set', async () => {
  const { code, output } = await runServerUntilExit({ MODE: 'team', DATABASE_URL: '', DATA_DIR: dataDir });
  expect(code).toBe(1);
  expect(output).toContain('MODE: MODE=team needs PostgreSQL: set DATABASE_URL=postgres://');
  expect(output).not.toContain('ready at');
});

it('the server refuses team mode on a non-loopback HOST without https or a trusted proxy, saying why', async () => {
  const { code, output } = await runServerUntilExit({
    MODE: 'team',
    DATABASE_URL: 'postgres://prep@127.0.0.1:1/prep',
    HOST: '0.0.0.0',
    PUBLIC_URL: '',
    TRUST_PROXY: '',
    DATA_DIR: dataDir,
  });
  expect(code).toBe(1);
  expect(output).toContain('HOST: HOST is 0.0.0.0, not a loopback address, and team mode carries passwords');
  expect(output).not.toContain('ready at');
});

describe.skipIf(!postgresAvailable())('the server process on PostgreSQL', () => {
  const cluster = usePostgresCluster();

  it('starts in team mode (npm start does the same), answers /api/ready, and stops on SIGTERM', async () => {
    const server = await startServerProcess({
      MODE: 'team',
      DATABASE_URL: await cluster().createDatabase(),
      DATA_DIR: dataDir,
      WEB_ROOT: 'none',
      OPENAI_API_KEY: '',
    });
    try {
      const readyLine = server.output.find((line) => line.includes('ready at'));
      expect(readyLine).toContain('"mode":"team"');
      expect(readyLine).toContain('"database":"postgres"');
      expect((await fetch(`${server.url}/api/ready`)).status).toBe(200);
      expect((await fetch(`${server.url}/api/sessions`)).status).toBe(401);
    } finally {
      server.child.kill('SIGTERM');
      await exited(server.child);
    }
    expect(server.child.exitCode).toBe(0);
  });
});
