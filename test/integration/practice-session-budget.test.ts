import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSession, postPractice, practiceBody } from '../support/fake-practice-session.js';
import { startTestApp, type TestApp } from '../support/start-test-app.js';

const SESSION_BUDGET_USD = 0.03;

let testApp: TestApp;
beforeAll(async () => {
  testApp = await startTestApp({
    env: { BUDGET_USD_PER_SESSION: String(SESSION_BUDGET_USD), RATE_LIMIT_PER_HOUR: '1000' },
  });
});
afterAll(async () => testApp.close());

const sessionCost = async (sessionId: string): Promise<number> => {
  const { sessions } = await (await fetch(`${testApp.url}/api/sessions`)).json();
  return sessions.find((session: { id: string }) => session.id === sessionId).costUsd;
};

describe('the budget for one session', () => {
  it('covers the session with its practice: answers are refused once they would take it over', async () => {
    const sessionId = await generateSession(testApp.url, { model: 'gpt-4.1-mini' });
    let refusal: { status: number; body: { error: { code: string; message: string } } } | null = null;
    for (let answer = 0; answer < 60 && refusal === null; answer += 1) {
      const response = await postPractice(testApp.url, practiceBody(sessionId), { accept: 'application/json' });
      if (response.status !== 200) refusal = { status: response.status, body: await response.json() };
    }
    expect(refusal?.status).toBe(429);
    expect(refusal?.body.error.code).toBe('budget_exceeded');
    expect(refusal?.body.error.message).toMatch(/This session has cost \$[\d.]+ so far, with its practice/);
    expect(await sessionCost(sessionId)).toBeLessThanOrEqual(SESSION_BUDGET_USD);
  });
});
