import { afterAll, beforeAll, expect, it } from 'vitest';
import { fakeScenario } from '../support/fake-openai-scenarios.js';
import { generationBody, postGeneration, readEvents } from '../support/sse-client.js';
import { startTestApp, type TestApp } from '../support/start-test-app.js';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await startTestApp();
});
afterAll(async () => testApp.close());

async function waitFor(condition: () => boolean, timeoutMs = 3000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

it('aborts the upstream request when the client goes away, and keeps the questions it had', async () => {
  testApp.fake.enqueue(fakeScenario.streamReply({ chunkSize: 6, chunkDelayMs: 5 }));
  const controller = new AbortController();
  const response = await postGeneration(testApp.url, generationBody({ questionCount: 8 }), controller.signal);
  let questions = 0;
  try {
    for await (const event of readEvents(response)) {
      if (event.event === 'question' && ++questions === 2) controller.abort();
    }
  } catch {
    // reading an aborted body throws: expected
  }
  await waitFor(() => testApp.fake.requests[0]?.aborted === true);
  const upstream = testApp.fake.requests[0]!;
  expect(upstream.completed).toBe(false);
  expect(upstream.chunksSent).toBeLessThan(upstream.totalChunks);

  let sessions: Array<{ status: string; questionCount: number }> = [];
  for (let attempt = 0; attempt < 100 && sessions.length === 0; attempt++) {
    sessions = (await (await fetch(`${testApp.url}/api/sessions`)).json()).sessions;
    if (sessions.length === 0) await new Promise((resolve) => setTimeout(resolve, 20));
  }
  expect(sessions[0]?.status).toBe('partial');
  expect(sessions[0]?.questionCount).toBeGreaterThanOrEqual(2);
  // The server never reported usage; the tokens spent are counted and marked as estimated.
  const saved = await (
    await fetch(`${testApp.url}/api/sessions/${(sessions[0] as unknown as { id: string }).id}`)
  ).json();
  expect(saved.usage).toMatchObject({ estimated: true, model: 'gpt-5.4-mini' });
  expect(saved.usage.inputTokens).toBeGreaterThan(500);
  expect(saved.usage.outputTokens).toBeGreaterThan(100);
  expect(saved.usage.costUsd).toBeGreaterThan(0);
});

it('stops generations in flight on shutdown instead of waiting for them', async () => {
  const app = await startTestApp({ fake: testApp.fake });
  testApp.fake.reset();
  testApp.fake.enqueue(fakeScenario.streamReply({ chunkSize: 8, chunkDelayMs: 5 }));
  const events = readEvents(await postGeneration(app.url, generationBody({ questionCount: 10 })));
  // Read up to the first question without closing the response.
  for (;;) {
    const next = await events.next();
    if (next.done) throw new Error('the stream ended before any question');
    if (next.value.event === 'question') break;
  }
  const started = Date.now();
  const closing = app.close();
  const rest: string[] = [];
  for await (const event of events) rest.push(`${event.event}:${event.data.code ?? ''}`);
  await closing;
  expect(Date.now() - started).toBeLessThan(2000);
  expect(rest.at(-1)).toBe('error:cancelled');
  await waitFor(() => testApp.fake.requests[0]?.aborted === true);
});
