import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startFakeOpenAI, type FakeOpenAI } from '../support/fake-openai-server.js';
import { generateSession, postPractice, practiceBody } from '../support/fake-practice-session.js';
import { collectEvents, readEvents } from '../support/sse-client.js';
import { exited, startServerProcess } from '../support/start-server-process.js';
import { startTestApp } from '../support/start-test-app.js';

let fake: FakeOpenAI;
beforeAll(async () => {
  fake = await startFakeOpenAI();
});
afterAll(async () => fake.close());

async function threadsOf(baseUrl: string, sessionId: string) {
  return (await (await fetch(`${baseUrl}/api/sessions/${sessionId}`)).json()).practice;
}

it('keeps the attempts across a restart of the server', async () => {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'interview-prep-practice-'));
  try {
    const first = await startTestApp({ fake, dataDir });
    const sessionId = await generateSession(first.url);
    const events = await collectEvents(await postPractice(first.url, practiceBody(sessionId)));
    const { attemptId, threadId } = events.at(-1)!.data;
    const before = await threadsOf(first.url, sessionId);
    await first.close();

    const restarted = await startTestApp({ fake, dataDir });
    try {
      const after = await threadsOf(restarted.url, sessionId);
      expect(after).toEqual(before);
      expect(after[0]).toMatchObject({ id: threadId, attempts: [{ id: attemptId, status: 'complete' }] });
    } finally {
      await restarted.close();
    }
  } finally {
    await fs.rm(dataDir, { recursive: true, force: true });
  }
});

it(
  'keeps an attempt whose done the client saw when the server is killed with -9 right after',
  { timeout: 60_000 },
  async () => {
    const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'interview-prep-practice-crash-'));
    const env = { DATA_DIR: dataDir, OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: fake.baseURL };
    try {
      const server = await startServerProcess(env);
      const sessionId = await generateSession(server.url);
      let done: { attemptId: string; threadId: string } | null = null;
      for await (const event of readEvents(await postPractice(server.url, practiceBody(sessionId)))) {
        if (event.event !== 'done') continue;
        done = event.data;
        server.child.kill('SIGKILL');
        break;
      }
      await exited(server.child);
      expect(server.child.signalCode).toBe('SIGKILL');

      const restarted = await startServerProcess(env);
      try {
        const threads = await threadsOf(restarted.url, sessionId);
        expect(threads[0]).toMatchObject({
          id: done!.threadId,
          attempts: [{ id: done!.attemptId, status: 'complete' }],
        });
      } finally {
        restarted.child.kill('SIGTERM');
        await exited(restarted.child);
      }
    } finally {
      await fs.rm(dataDir, { recursive: true, force: true });
    }
  },
);
