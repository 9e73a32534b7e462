import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ExplainEventDataSchemas } from '../../src/core/schemas/practice-event.js';
import { fakeScenario } from '../support/fake-openai-scenarios.js';
import { generateSession, postExplain, postPractice, practiceBody } from '../support/fake-practice-session.js';
import { collectEvents } from '../support/sse-client.js';
import { startTestApp, type TestApp } from '../support/start-test-app.js';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await startTestApp({ env: { BUDGET_USD_PER_DAY: '5' } });
});
afterAll(async () => testApp.close());
beforeEach(() => testApp.fake.reset());

type Answer = {
  attemptId: string;
  threadId: string;
  feedback: { criteria: { criterion: string; score: number | null }[] };
};

async function practise(sessionId: string): Promise<Answer> {
  const response = await postPractice(testApp.url, practiceBody(sessionId), { accept: 'application/json' });
  expect(response.status).toBe(200);
  return response.json();
}

const sessionCost = async (sessionId: string): Promise<number> => {
  const { sessions } = await (await fetch(`${testApp.url}/api/sessions`)).json();
  return sessions.find((session: { id: string }) => session.id === sessionId).costUsd;
};
const attemptUsage = async (sessionId: string, attemptId: string) => {
  const session = await (await fetch(`${testApp.url}/api/sessions/${sessionId}`)).json();
  const attempts = session.practice.flatMap((thread: { attempts: { id: string }[] }) => thread.attempts);
  return attempts.find((attempt: { id: string }) => attempt.id === attemptId).usage;
};
const spentToday = async (): Promise<number> =>
  (await (await fetch(`${testApp.url}/api/config`)).json()).budgets.spentTodayUsd;

describe('what practice costs', () => {
  it('counts in the session cost of the history list and in the day total of the budget', async () => {
    const sessionId = await generateSession(testApp.url, { model: 'gpt-4.1-mini' });
    const generationCost = await sessionCost(sessionId);
    const spentBefore = await spentToday();
    const answer = await practise(sessionId);
    const usage = await attemptUsage(sessionId, answer.attemptId);
    expect(usage.costUsd).toBeGreaterThan(0);
    expect(await sessionCost(sessionId)).toBeCloseTo(generationCost + usage.costUsd, 9);
    expect(await spentToday()).toBeCloseTo(spentBefore + usage.costUsd, 6);
  });
});

describe('POST /api/practice/:attemptId/explain', () => {
  it('streams deltas of plain text, usage and done, and adds its cost to the attempt', async () => {
    const sessionId = await generateSession(testApp.url, { model: 'gpt-4.1-mini' });
    const answer = await practise(sessionId);
    const before = await attemptUsage(sessionId, answer.attemptId);
    const sessionBefore = await sessionCost(sessionId);
    const spentBefore = await spentToday();
    testApp.fake.reset();
    testApp.fake.enqueue(fakeScenario.streamReply({ chunkSize: 6 }));
    const criterion = answer.feedback.criteria.find((entry) => entry.score !== null)!.criterion;

    const response = await postExplain(testApp.url, answer.attemptId, criterion);
    expect(response.status).toBe(200);
    const events = await collectEvents(response);
    const names = events.map((event) => event.event);
    expect(names.at(-2)).toBe('usage');
    expect(names.at(-1)).toBe('done');
    expect(names.slice(0, -2).every((name) => name === 'delta')).toBe(true);
    expect(names.filter((name) => name === 'delta').length).toBeGreaterThan(3);
    for (const { event, data } of events) {
      expect(
        ExplainEventDataSchemas[event as keyof typeof ExplainEventDataSchemas].safeParse(data).error,
      ).toBeUndefined();
    }
    const text = events
      .filter((event) => event.event === 'delta')
      .map((event) => event.data.text)
      .join('');
    expect(text).toMatch(/^The score rests on/);
    expect(events.at(-1)!.data).toEqual({ attemptId: answer.attemptId });

    const request = testApp.fake.requests[0]!.body;
    expect(request).not.toHaveProperty('response_format');
    const explainUsage = events.find((event) => event.event === 'usage')!.data;
    const after = await attemptUsage(sessionId, answer.attemptId);
    expect(after.outputTokens).toBe(before.outputTokens + explainUsage.outputTokens);
    expect(after.costUsd).toBeCloseTo(before.costUsd + explainUsage.costUsd, 9);
    expect(await sessionCost(sessionId)).toBeCloseTo(sessionBefore + explainUsage.costUsd, 9);
    expect(await spentToday()).toBeCloseTo(spentBefore + explainUsage.costUsd, 6);
  });

  it('404 for an unknown attempt or a criterion the attempt was not scored on; 400 for a criterion that does not exist', async () => {
    const unknown = await postExplain(testApp.url, '00000000-0000-4000-8000-000000000000', 'relevance');
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).error).toMatchObject({ code: 'not_found', field: 'attemptId' });

    const sessionId = await generateSession(testApp.url);
    const answer = await practise(sessionId);
    testApp.fake.reset();
    const otherType = await postExplain(testApp.url, answer.attemptId, 'trade_offs');
    expect(otherType.status).toBe(404);
    expect((await otherType.json()).error).toMatchObject({ code: 'not_found', field: 'criterion' });

    const invented = await postExplain(testApp.url, answer.attemptId, 'charisma');
    expect(invented.status).toBe(400);
    expect((await invented.json()).error).toMatchObject({ code: 'invalid_input', field: 'criterion' });
    expect(testApp.fake.requests).toHaveLength(0);
  });

  it('ends with the error event when the upstream call fails', async () => {
    const sessionId = await generateSession(testApp.url);
    const answer = await practise(sessionId);
    testApp.fake.enqueue(fakeScenario.streamReply({ chunkSize: 5, dropAfterChunks: 5 }));
    const events = await collectEvents(
      await postExplain(testApp.url, answer.attemptId, answer.feedback.criteria[0]!.criterion),
    );
    expect(events.at(-1)).toMatchObject({ event: 'error', data: { code: 'upstream_unavailable' } });
  });
});

it('each explanation is one hit in the hourly limit shared with generations', async () => {
  const limited = await startTestApp({ fake: testApp.fake, env: { RATE_LIMIT_PER_HOUR: '3' } });
  try {
    const sessionId = await generateSession(limited.url);
    const response = await postPractice(limited.url, practiceBody(sessionId), { accept: 'application/json' });
    const answer = (await response.json()) as Answer;
    const criterion = answer.feedback.criteria[0]!.criterion;
    expect((await collectEvents(await postExplain(limited.url, answer.attemptId, criterion))).at(-1)!.event).toBe(
      'done',
    );
    const refused = await postExplain(limited.url, answer.attemptId, criterion);
    expect(refused.status).toBe(429);
    expect((await refused.json()).error.code).toBe('rate_limited');
  } finally {
    await limited.close();
  }
});
