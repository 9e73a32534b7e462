import { afterAll, beforeAll, expect, it } from 'vitest';
import { SessionAnswerSchema, SessionListSchema } from '../../src/core/schemas/api.js';
import { fakeScenario } from '../support/fake-openai-scenarios.js';
import { generationBody, postGeneration, readEvents, type ReceivedEvent } from '../support/sse-client.js';
import { startTestApp, type TestApp } from '../support/start-test-app.js';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await startTestApp();
});
afterAll(async () => testApp.close());

async function listEntry(sessionId: string) {
  const { sessions } = SessionListSchema.parse(await (await fetch(`${testApp.url}/api/sessions`)).json());
  return sessions.find((session) => session.id === sessionId) ?? null;
}

async function getSession(sessionId: string) {
  return SessionAnswerSchema.parse(await (await fetch(`${testApp.url}/api/sessions/${sessionId}`)).json());
}

it('marks a session still generating as running in the list and when opened, and not once it has ended', async () => {
  // About a second per question: the stream runs for several seconds after the first one.
  testApp.fake.enqueue(fakeScenario.streamReply({ chunkSize: 50, chunkDelayMs: 60 }));
  const events = readEvents(await postGeneration(testApp.url, generationBody({ questionCount: 5 })));
  let sessionId = '';
  // Read by hand: leaving a for-await loop would close the stream, and with it the generation.
  for (let next = await events.next(); !next.done && next.value.event !== 'question'; next = await events.next()) {
    if (next.value.event === 'started') sessionId = next.value.data.sessionId;
  }

  // The progress saver writes within about half a second of the first question.
  await expect.poll(() => listEntry(sessionId), { timeout: 5_000 }).not.toBeNull();
  expect(await listEntry(sessionId)).toMatchObject({ status: 'partial', running: true });
  expect(await getSession(sessionId)).toMatchObject({ status: 'partial', running: true });
  const exported = await (await fetch(`${testApp.url}/api/sessions/${sessionId}/export?format=json`)).text();
  expect(exported).not.toContain('"running"');

  const rest: ReceivedEvent[] = [];
  for await (const event of events) rest.push(event);
  expect(rest.at(-1)).toMatchObject({ event: 'done', data: { id: sessionId } });
  const ended = await listEntry(sessionId);
  expect(ended).toMatchObject({ status: 'complete', questionCount: 5 });
  expect(ended).not.toHaveProperty('running');
  const opened = await getSession(sessionId);
  expect(opened.status).toBe('complete');
  expect(opened).not.toHaveProperty('running');
});
