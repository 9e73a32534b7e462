import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PracticeCancelAnswerSchema } from '../../src/core/schemas/practice-event.js';
import { fakeScenario, type FakeScenario } from '../support/fake-openai-scenarios.js';
import { generateSession, postPractice, practiceBody } from '../support/fake-practice-session.js';
import {
  collectEvents,
  generationBody,
  postGeneration,
  readEvents,
  type ReceivedEvent,
} from '../support/sse-client.js';
import { startTestApp, type TestApp } from '../support/start-test-app.js';

let testApp: TestApp;
let sessionId: string;
beforeAll(async () => {
  testApp = await startTestApp({ env: { OPENAI_TIMEOUT_MS: '1000' } });
  sessionId = await generateSession(testApp.url);
});
afterAll(async () => testApp.close());
beforeEach(() => testApp.fake.reset());

async function attemptOf(threadId: string) {
  const session = await (await fetch(`${testApp.url}/api/sessions/${sessionId}`)).json();
  return session.practice.find((thread: { id: string }) => thread.id === threadId)?.attempts[0];
}

const criteriaOf = (events: ReceivedEvent[]) =>
  events.filter((event) => event.event === 'criterion').map((event) => event.data.criterion);

// Small chunks so that some criteria are complete before the failure lands.
const midFeedback = { chunkSize: 10, chunkDelayMs: 1 };
const upstreamError = (type: string, code: string | null, message: string) => ({ message, type, param: null, code });

describe('an upstream failure in the middle of the feedback', () => {
  const cases: Array<[string, FakeScenario, string]> = [
    [
      'a rate limit sent in the stream',
      fakeScenario.streamReply({
        ...midFeedback,
        errorAfterChunks: {
          chunks: 60,
          error: upstreamError('requests', 'rate_limit_exceeded', 'Rate limit reached.'),
        },
      }),
      'upstream_rate_limited',
    ],
    [
      'a server error sent in the stream',
      fakeScenario.streamReply({
        ...midFeedback,
        errorAfterChunks: { chunks: 60, error: upstreamError('server_error', null, 'The server had an error.') },
      }),
      'upstream_unavailable',
    ],
    ['a stream that stalls', fakeScenario.streamReply({ ...midFeedback, hangAfterChunks: 60 }), 'upstream_timeout'],
    ['a connection cut', fakeScenario.streamReply({ ...midFeedback, dropAfterChunks: 60 }), 'upstream_unavailable'],
  ];
  it.each(cases)(
    '%s: the error event with its code, after usage, and a partial attempt with the criteria sent',
    async (_name, scenario, code) => {
      testApp.fake.enqueue(scenario);
      const events = await collectEvents(await postPractice(testApp.url, practiceBody(sessionId)));
      const last = events.at(-1)!;
      expect(last).toMatchObject({ event: 'error', data: { code } });
      expect(events.at(-2)?.event).toBe('usage');
      const sent = criteriaOf(events);
      expect(sent.length).toBeGreaterThanOrEqual(1);

      const attempt = await attemptOf(events[0]!.data.threadId);
      expect(attempt).toMatchObject({ status: 'partial', error: { code }, followUp: null });
      expect(attempt.feedback.criteria).toEqual(sent);
      expect(attempt.usage).not.toBeNull();
    },
  );

  it('an error before any reply: saved as partial without feedback', async () => {
    testApp.fake.enqueue(fakeScenario.invalidApiKey());
    const events = await collectEvents(await postPractice(testApp.url, practiceBody(sessionId)));
    expect(events.at(-1)).toMatchObject({ event: 'error', data: { code: 'upstream_auth' } });
    expect(await attemptOf(events[0]!.data.threadId)).toMatchObject({ status: 'partial', feedback: null });
  });

  it('a reply that is not feedback: output_invalid', async () => {
    testApp.fake.enqueue(fakeScenario.malformedContent());
    const events = await collectEvents(await postPractice(testApp.url, practiceBody(sessionId)));
    expect(events.at(-1)).toMatchObject({ event: 'error', data: { code: 'output_invalid' } });
  });

  it('in JSON mode, the error answer with its status', async () => {
    testApp.fake.enqueue(fakeScenario.streamReply({ ...midFeedback, dropAfterChunks: 60 }));
    const response = await postPractice(testApp.url, practiceBody(sessionId), { accept: 'application/json' });
    expect(response.status).toBe(502);
    expect((await response.json()).error.code).toBe('upstream_unavailable');
  });
});

describe('POST /api/practice/:attemptId/cancel', () => {
  it('202 with the partial kept, the upstream request aborted, and the stream ending with cancelled', async () => {
    testApp.fake.enqueue(fakeScenario.streamReply({ chunkSize: 10, chunkDelayMs: 15 }));
    const events: ReceivedEvent[] = [];
    let cancel: Response | null = null;
    for await (const event of readEvents(await postPractice(testApp.url, practiceBody(sessionId)))) {
      events.push(event);
      if (event.event === 'criterion' && cancel === null) {
        cancel = await fetch(`${testApp.url}/api/practice/${events[0]!.data.attemptId}/cancel`, { method: 'POST' });
      }
    }
    expect(cancel?.status).toBe(202);
    const answer = PracticeCancelAnswerSchema.parse(await cancel!.json());
    expect(answer).toMatchObject({ attemptId: events[0]!.data.attemptId, saved: 'partial' });
    expect(answer.usage).toMatchObject({ estimated: true });
    expect(events.at(-1)).toMatchObject({ event: 'error', data: { code: 'cancelled' } });
    await expect.poll(() => testApp.fake.requests[0]?.aborted).toBe(true);
    const attempt = await attemptOf(events[0]!.data.threadId);
    expect(attempt).toMatchObject({ status: 'partial', error: { code: 'cancelled' } });
    expect(attempt.feedback.criteria).toEqual(criteriaOf(events));
  });

  it('404 for an attempt that is not running', async () => {
    const done = (await collectEvents(await postPractice(testApp.url, practiceBody(sessionId)))).at(-1)!;
    const response = await fetch(`${testApp.url}/api/practice/${done.data.attemptId}/cancel`, { method: 'POST' });
    expect(response.status).toBe(404);
    expect((await response.json()).error.code).toBe('not_found');
  });

  it('a client that goes away stops the upstream call and keeps the partial attempt', async () => {
    testApp.fake.enqueue(fakeScenario.streamReply({ chunkSize: 10, chunkDelayMs: 15 }));
    const controller = new AbortController();
    let started: ReceivedEvent | null = null;
    try {
      for await (const event of readEvents(
        await postPractice(testApp.url, practiceBody(sessionId), { signal: controller.signal }),
      )) {
        started ??= event;
        if (event.event === 'criterion') controller.abort();
      }
    } catch {
      // The aborted read throws.
    }
    await expect.poll(() => testApp.fake.requests[0]?.aborted).toBe(true);
    await expect.poll(async () => (await attemptOf(started!.data.threadId))?.status).toBe('partial');
  });
});

it('shares the hourly limit with generations: each practice call is one hit', async () => {
  const limited = await startTestApp({ fake: testApp.fake, env: { RATE_LIMIT_PER_HOUR: '3' } });
  try {
    const id = await generateSession(limited.url);
    expect((await collectEvents(await postPractice(limited.url, practiceBody(id)))).at(-1)!.event).toBe('done');
    expect((await collectEvents(await postGeneration(limited.url, generationBody()))).at(-1)!.event).toBe('done');
    const requestsBefore = testApp.fake.requests.length;

    const practice = await postPractice(limited.url, practiceBody(id));
    expect(practice.status).toBe(429);
    expect((await practice.json()).error).toMatchObject({ code: 'rate_limited' });
    expect(practice.headers.get('retry-after')).not.toBeNull();
    expect((await postGeneration(limited.url, generationBody())).status).toBe(429);
    expect(testApp.fake.requests).toHaveLength(requestsBefore);
  } finally {
    await limited.close();
  }
});
