import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ApiErrorBodySchema, CancelAnswerSchema } from '../../src/core/schemas/api.js';
import { GenerationEventDataSchemas } from '../../src/core/schemas/generation-event.js';
import { SessionSchema } from '../../src/core/schemas/session.js';
import { fakeScenario } from '../support/fake-openai-scenarios.js';
import {
  collectEvents,
  generationBody,
  postGeneration,
  readEvents,
  readUntil,
  type ReceivedEvent,
} from '../support/sse-client.js';
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

const ErrorAnswerSchema = z.object({ error: ApiErrorBodySchema });

function postCancel(url: string, sessionId: string): Promise<Response> {
  return fetch(`${url}/api/generations/${encodeURIComponent(sessionId)}/cancel`, { method: 'POST' });
}

function expectValidEvents(events: ReceivedEvent[]): void {
  for (const { event, data } of events) {
    const schema = GenerationEventDataSchemas[event as keyof typeof GenerationEventDataSchemas];
    expect(schema.safeParse(data).success, `${event} ${JSON.stringify(data)}`).toBe(true);
  }
}

describe('POST /api/generations/:sessionId/cancel', () => {
  it('stops a streaming generation after 2 questions: 202 partial with estimated usage, usage then error cancelled, saved', async () => {
    testApp.fake.reset();
    testApp.fake.enqueue(fakeScenario.streamReply({ chunkSize: 6, chunkDelayMs: 5, usage: 'omit' }));
    const events = readEvents(await postGeneration(testApp.url, generationBody({ questionCount: 8 })));
    const seen: ReceivedEvent[] = [];
    const started = await readUntil(events, seen, (event) => event.event === 'started');
    expect(seen).toHaveLength(1);
    const { sessionId } = started.data;
    let questions = 0;
    await readUntil(events, seen, (event) => event.event === 'question' && ++questions === 2);

    const response = await postCancel(testApp.url, sessionId);
    expect(response.status).toBe(202);
    const answer = CancelAnswerSchema.parse(await response.json());
    expect(answer).toMatchObject({ sessionId, saved: 'partial', usage: { estimated: true, model: 'gpt-5.4-mini' } });
    expect(answer.usage!.inputTokens).toBeGreaterThan(500);
    expect(answer.usage!.outputTokens).toBeGreaterThan(100);

    for await (const event of events) seen.push(event);
    expectValidEvents(seen);
    expect(seen.slice(-2).map((event) => event.event)).toEqual(['usage', 'error']);
    expect(seen.at(-2)!.data).toEqual(answer.usage);
    expect(seen.at(-1)!.data.code).toBe('cancelled');
    expect(seen.map((event) => event.event)).not.toContain('result');

    const streamed = seen.filter((event) => event.event === 'question').map((event) => event.data.question);
    expect(streamed.length).toBeGreaterThanOrEqual(2);
    expect(streamed.length).toBeLessThan(8);
    const saved = SessionSchema.parse(await (await fetch(`${testApp.url}/api/sessions/${sessionId}`)).json());
    expect(saved).toMatchObject({ id: sessionId, status: 'partial', error: { code: 'cancelled' } });
    expect(saved.result.questions).toEqual(streamed);
    expect(saved.usage).toEqual(answer.usage);

    await waitFor(() => testApp.fake.requests[0]?.aborted === true);
    expect(testApp.fake.requests).toHaveLength(1);
    expect(testApp.fake.requests[0]!.completed).toBe(false);
  });

  it('answers 404 for an unknown id, and for a generation that has already finished', async () => {
    testApp.fake.reset();
    const unknown = await postCancel(testApp.url, 'no-such-generation');
    expect(unknown.status).toBe(404);
    expect(ErrorAnswerSchema.parse(await unknown.json()).error.code).toBe('not_found');

    const events = await collectEvents(await postGeneration(testApp.url, generationBody({ questionCount: 1 })));
    expect(events.at(-1)!.event).toBe('done');
    const finished = await postCancel(testApp.url, events[0]!.data.sessionId);
    expect(finished.status).toBe(404);
    expect(ErrorAnswerSchema.parse(await finished.json()).error.code).toBe('not_found');
    // The finished session is kept as it was.
    const session = SessionSchema.parse(
      await (await fetch(`${testApp.url}/api/sessions/${events[0]!.data.sessionId}`)).json(),
    );
    expect(session.status).toBe('complete');
  });

  it('answers 404 for a generation that was already cancelled', async () => {
    testApp.fake.reset();
    testApp.fake.enqueue(fakeScenario.streamReply({ chunkSize: 6, chunkDelayMs: 5 }));
    const events = readEvents(await postGeneration(testApp.url, generationBody({ questionCount: 6 })));
    const seen: ReceivedEvent[] = [];
    await readUntil(events, seen, (event) => event.event === 'question');
    const { sessionId } = seen[0]!.data;
    expect((await postCancel(testApp.url, sessionId)).status).toBe(202);
    const again = await postCancel(testApp.url, sessionId);
    expect(again.status).toBe(404);
    expect(ErrorAnswerSchema.parse(await again.json()).error.code).toBe('not_found');
    for await (const event of events) seen.push(event);
    expect(seen.at(-1)!.data.code).toBe('cancelled');
  });
});

describe('cancel before any question', () => {
  // Its own app: the retry budget must allow a long retry-after, so the cancel lands inside the wait.
  let slowRetries: TestApp;
  let url: string;
  let fake: TestApp['fake'];

  beforeAll(async () => {
    slowRetries = await startTestApp({ fake: testApp.fake, retryPolicy: { maxTotalMs: 60_000 } });
    ({ url, fake } = slowRetries);
  });
  afterAll(async () => slowRetries.close());

  it('during a retry wait answers 202 saved none at once, and never sends the retry', async () => {
    fake.reset();
    fake.enqueue(fakeScenario.rateLimited(30));
    const events = readEvents(await postGeneration(url, generationBody()));
    const seen: ReceivedEvent[] = [];
    await readUntil(events, seen, (event) => event.event === 'retry');
    expect(seen.map((event) => event.event)).toEqual(['started', 'retry']);
    expect(seen[1]!.data).toMatchObject({ delaySeconds: 30, code: 'upstream_rate_limited' });

    const before = Date.now();
    const response = await postCancel(url, seen[0]!.data.sessionId);
    expect(Date.now() - before).toBeLessThan(1000);
    expect(response.status).toBe(202);
    expect(CancelAnswerSchema.parse(await response.json())).toEqual({
      sessionId: seen[0]!.data.sessionId,
      saved: 'none',
      usage: null,
    });

    for await (const event of events) seen.push(event);
    expectValidEvents(seen);
    expect(seen.map((event) => event.event)).toEqual(['started', 'retry', 'error']);
    expect(seen.at(-1)!.data.code).toBe('cancelled');
    expect(Date.now() - before).toBeLessThan(2000);
    expect((await fetch(`${url}/api/sessions/${seen[0]!.data.sessionId}`)).status).toBe(404);
    expect(fake.requests).toHaveLength(1);
  });

  it('right after started answers 202 saved none', async () => {
    fake.reset();
    fake.enqueue(fakeScenario.rateLimited(30));
    const events = readEvents(await postGeneration(url, generationBody()));
    const seen: ReceivedEvent[] = [];
    await readUntil(events, seen, (event) => event.event === 'started');
    const before = Date.now();
    const response = await postCancel(url, seen[0]!.data.sessionId);
    expect(response.status).toBe(202);
    expect(CancelAnswerSchema.parse(await response.json())).toMatchObject({ saved: 'none', usage: null });
    expect(Date.now() - before).toBeLessThan(1000);
    for await (const event of events) seen.push(event);
    expect(seen.at(-1)).toMatchObject({ event: 'error', data: { code: 'cancelled' } });
    expect(seen.map((event) => event.event)).not.toContain('prompt');
    expect(fake.requests.length).toBeLessThanOrEqual(1);
  });
});
