import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startFakeOpenAI, type FakeOpenAI } from '../support/fake-openai-server.js';
import { generationBody, postGeneration, readEvents } from '../support/sse-client.js';
import { exited, startServerProcess } from '../support/start-server-process.js';

let fake: FakeOpenAI;
beforeAll(async () => {
  fake = await startFakeOpenAI();
});
afterAll(async () => fake.close());

it('keeps a generation whose done event was sent, even after kill -9', { timeout: 60_000 }, async () => {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'interview-prep-durable-'));
  const env = { DATA_DIR: dataDir, OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: fake.baseURL };

  const server = await startServerProcess(env);
  let savedId = '';
  for await (const event of readEvents(await postGeneration(server.url, generationBody()))) {
    if (event.event === 'done') {
      savedId = event.data.id;
      server.child.kill('SIGKILL');
      break;
    }
  }
  await exited(server.child);
  expect(server.child.signalCode).toBe('SIGKILL');

  const database = new Database(path.join(dataDir, 'interview-prep.sqlite'));
  expect(database.pragma('integrity_check', { simple: true })).toBe('ok');
  database.close();

  const restarted = await startServerProcess(env);
  try {
    const { sessions } = await (await fetch(`${restarted.url}/api/sessions`)).json();
    expect(sessions.map((session: { id: string }) => session.id)).toContain(savedId);
  } finally {
    restarted.child.kill('SIGTERM');
    await exited(restarted.child);
  }
});

it('starts without an API key and says that none is configured', { timeout: 60_000 }, async () => {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'interview-prep-nokey-'));
  const server = await startServerProcess({ DATA_DIR: dataDir, OPENAI_API_KEY: '', OPENAI_BASE_URL: '' });
  try {
    expect(server.output.join('\n')).toContain('No OPENAI_API_KEY is configured');
    const config = await (await fetch(`${server.url}/api/config`)).json();
    expect(config).toMatchObject({ apiKeyConfigured: false, apiKeyRequired: true, baseUrlHost: 'api.openai.com' });
  } finally {
    server.child.kill('SIGTERM');
    await exited(server.child);
  }
});

it('refuses to start on an invalid setting, naming it', { timeout: 60_000 }, async () => {
  await expect(startServerProcess({ PORT: 'eighty', RATE_LIMIT_PER_HOUR: '-1' })).rejects.toThrow(
    /PORT.*number[\s\S]*RATE_LIMIT_PER_HOUR.*at least 1/,
  );
});
