import { afterAll, beforeAll, expect, it } from 'vitest';
import { generateSession, postPractice, practiceBody } from '../support/fake-practice-session.js';
import { startTestApp, type TestApp } from '../support/start-test-app.js';

const APP_TOKEN = 'c0ffee00c0ffee00c0ffee00c0ffee00';
const ATTEMPT = '00000000-0000-4000-8000-000000000000';

let testApp: TestApp;
let sessionId: string;
beforeAll(async () => {
  testApp = await startTestApp({ env: { APP_TOKEN } });
  sessionId = await generateSession(testApp.url, {}, { authorization: `Bearer ${APP_TOKEN}` });
});
afterAll(async () => testApp.close());

const routes = (): Array<[string, string, unknown]> => [
  ['POST /api/practice', '/api/practice', practiceBody(sessionId)],
  ['cancel', `/api/practice/${ATTEMPT}/cancel`, {}],
  ['explain', `/api/practice/${ATTEMPT}/explain`, { criterion: 'relevance' }],
];

it('every practice route needs the access token', async () => {
  for (const [, route, body] of routes()) {
    const response = await fetch(`${testApp.url}${route}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(response.status, route).toBe(401);
    expect((await response.json()).error.code).toBe('unauthenticated');
  }
  const requestsBefore = testApp.fake.requests.length;
  const withToken = await postPractice(testApp.url, practiceBody(sessionId), {
    accept: 'application/json',
    headers: { authorization: `Bearer ${APP_TOKEN}` },
  });
  expect(withToken.status).toBe(200);
  expect(testApp.fake.requests.length).toBe(requestsBefore + 1);
});

it('every practice route refuses a request from another site, before anything runs', async () => {
  const requestsBefore = testApp.fake.requests.length;
  for (const [, route, body] of routes()) {
    const response = await fetch(`${testApp.url}${route}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${APP_TOKEN}`,
        origin: 'https://attacker.example',
      },
      body: JSON.stringify(body),
    });
    expect(response.status, route).toBe(403);
    expect((await response.json()).error.code).toBe('cross_site');
  }
  expect(testApp.fake.requests.length).toBe(requestsBefore);
});
