import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/app/config.js';
import { createServices } from '../../src/app/create-services.js';
import { buildApp } from '../../src/server/app.js';
import { startFakeOpenAI } from '../support/fake-openai-server.js';
import { startTestApp, testEnvironment } from '../support/start-test-app.js';

const repositoryRoot = path.resolve(import.meta.dirname, '../..');
const APP_TOKEN = '5d0f3b8e2a7c41e9b6d2f0a8c3e1b7d4';

/** Runs the server entry (src/server/main.ts) until it exits; resolves with its exit code and output. */
function runServer(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: repositoryRoot,
    env: { ...process.env, PORT: '0', LOG_LEVEL: 'info', WEB_ROOT: 'none', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
  return new Promise((resolve) =>
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    }),
  );
}

it('the server refuses to start on a non-loopback HOST without APP_TOKEN, saying why', async () => {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'interview-prep-exposure-'));
  try {
    const { code, output } = await runServer({ HOST: '0.0.0.0', APP_TOKEN: '', DATA_DIR: dataDir });
    expect(code).toBe(1);
    expect(output).toContain('APP_TOKEN: HOST is 0.0.0.0, not a loopback address');
    expect(output).toContain('spend your API key');
    expect(output).not.toContain('ready at');
  } finally {
    await fs.rm(dataDir, { recursive: true, force: true });
  }
});

it('buildApp refuses the same, so no front end can serve an exposed app without the token', async () => {
  const fake = await startFakeOpenAI();
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'interview-prep-exposure-'));
  const services = createServices(loadConfig(testEnvironment(fake, dataDir, null, { HOST: '::' })), {
    logger: pino({ level: 'silent' }),
  });
  try {
    await expect(buildApp(services)).rejects.toThrow(ConfigError);
  } finally {
    await services.close();
    await fake.close();
    await fs.rm(dataDir, { recursive: true, force: true });
  }
});

it('loopback names need no token; a short APP_TOKEN is refused at start-up', () => {
  for (const host of ['127.0.0.1', 'localhost', '::1', '127.0.0.53']) {
    expect(() => loadConfig({ HOST: host })).not.toThrow();
  }
  expect(() => loadConfig({ APP_TOKEN: 'short' })).toThrow(/APP_TOKEN must be at least 16 characters/);
});

it('with APP_TOKEN on a non-loopback HOST: any Host name reaches it, but only with the token', async () => {
  const testApp = await startTestApp({ env: { HOST: '0.0.0.0', APP_TOKEN } });
  try {
    const request = (headers: Record<string, string>) =>
      testApp.app.inject({ method: 'GET', url: '/api/sessions', headers: { host: '192.168.1.20:8501', ...headers } });
    expect((await request({})).statusCode).toBe(401);
    expect((await request({ authorization: `Bearer ${APP_TOKEN}` })).statusCode).toBe(200);
  } finally {
    await testApp.close();
  }
});
