import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { PROGRESS_SAVE_INTERVAL_MS } from '../../src/app/generation/create-progress-saver.js';
import { fakeScenario } from '../support/fake-openai-scenarios.js';
import { startFakeOpenAI, type FakeOpenAI } from '../support/fake-openai-server.js';
import { generationBody, postGeneration, readEvents, type ReceivedEvent } from '../support/sse-client.js';
import { exited, startServerProcess } from '../support/start-server-process.js';

// The guarantee tested: after kill -9, every question the client received more than
// PROGRESS_SAVE_INTERVAL_MS + SAVE_MARGIN_MS before the kill is in the saved (partial) session.
const KILL_AFTER_QUESTIONS = 6;
/** Room for the write itself and for timer jitter on a loaded machine. */
const SAVE_MARGIN_MS = 250;

let fake: FakeOpenAI;
beforeAll(async () => {
  fake = await startFakeOpenAI();
  // About 500 ms per question, so that the kill lands in the middle of the stream.
  fake.setDefault(fakeScenario.streamReply({ chunkSize: 100, chunkDelayMs: 60 }));
});
afterAll(async () => fake.close());

it('keeps the questions a client saw when the server is killed with -9 mid-stream', { timeout: 60_000 }, async () => {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'interview-prep-crash-'));
  const env = { DATA_DIR: dataDir, OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: fake.baseURL };

  const server = await startServerProcess(env);
  let sessionId = '';
  const questions: ReceivedEvent[] = [];
  let killedAt = 0;
  for await (const event of readEvents(await postGeneration(server.url, generationBody({ questionCount: 10 })))) {
    if (event.event === 'started') sessionId = event.data.sessionId;
    if (event.event === 'question') questions.push(event);
    if (questions.length === KILL_AFTER_QUESTIONS) {
      killedAt = Date.now();
      server.child.kill('SIGKILL');
      break;
    }
  }
  await exited(server.child);
  expect(server.child.signalCode).toBe('SIGKILL');
  const mustBeKept = questions.filter(
    (event) => killedAt - event.receivedAt > PROGRESS_SAVE_INTERVAL_MS + SAVE_MARGIN_MS,
  );
  // The pace of the fake makes the test meaningful: several questions are old enough.
  expect(mustBeKept.length).toBeGreaterThanOrEqual(2);

  const database = new Database(path.join(dataDir, 'interview-prep.sqlite'));
  expect(database.pragma('integrity_check', { simple: true })).toBe('ok');
  database.close();

  const restarted = await startServerProcess(env);
  try {
    const { sessions } = await (await fetch(`${restarted.url}/api/sessions`)).json();
    const summary = sessions.find((session: { id: string }) => session.id === sessionId);
    expect(summary).toMatchObject({ status: 'partial' });
    // Nothing runs after a restart: the interrupted generation reads as partial, not running.
    expect(summary).not.toHaveProperty('running');
    expect(summary.questionCount).toBeGreaterThanOrEqual(mustBeKept.length);
    expect(summary.questionCount).toBeLessThanOrEqual(KILL_AFTER_QUESTIONS);

    const session = await (await fetch(`${restarted.url}/api/sessions/${sessionId}`)).json();
    expect(session.error).toEqual({
      code: 'upstream_unavailable',
      message: expect.stringContaining('interrupted (the server stopped)'),
    });
    // What was saved is exactly what the client saw, in order.
    expect(session.result.questions).toEqual(
      questions.slice(0, summary.questionCount).map((event) => event.data.question),
    );
    expect(session.usage).toMatchObject({ estimated: true });
  } finally {
    restarted.child.kill('SIGTERM');
    await exited(restarted.child);
  }
});
