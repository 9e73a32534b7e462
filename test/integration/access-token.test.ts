import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PublicConfigSchema } from '../../src/core/schemas/public-config.js';
import { collectEvents, generationBody, postGeneration } from '../support/sse-client.js';
import { startTestApp, type TestApp } from '../support/start-test-app.js';
import { waitForLogLine } from '../support/wait-for-log-line.js';

const APP_TOKEN = 'a3f1c9e07b2d4c5e8f6a1b0c9d8e7f60';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await startTestApp({ env: { APP_TOKEN } });
});
afterAll(async () => testApp.close());

const api = (url: string, init: RequestInit = {}) => fetch(`${testApp.url}${url}`, init);
const sendToken = (token: unknown) =>
  api('/api/auth/token', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ token }),
  });

/** Signs in with the token and returns the cookie pair the browser would send back. */
async function signIn(): Promise<string> {
  const response = await sendToken(APP_TOKEN);
  expect(response.status).toBe(204);
  return response.headers.getSetCookie()[0]!.split(';')[0]!;
}

describe('with APP_TOKEN every API call needs the token', () => {
  it.each([
    ['GET', '/api/models'],
    ['GET', '/api/sessions'],
    ['GET', '/api/sessions/export?format=json'],
    ['POST', '/api/estimate'],
    ['POST', '/api/generations'],
    ['DELETE', '/api/sessions'],
    ['GET', '/api/no-such-endpoint'],
    ['GET', '/%61pi/sessions'],
  ])('%s %s without it: 401 unauthenticated', async (method, url) => {
    const response = await api(url, {
      method,
      ...(method === 'POST' ? { headers: { 'content-type': 'application/json' }, body: '{}' } : {}),
    });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect((await response.json()).error).toMatchObject({
      code: 'unauthenticated',
      message: expect.stringContaining('access token'),
    });
  });

  it('a wrong bearer token or a forged cookie is refused', async () => {
    const attempts: Array<Record<string, string>> = [
      { authorization: `Bearer ${APP_TOKEN}x` },
      { authorization: `Bearer ${APP_TOKEN.slice(0, -1)}` },
      { authorization: 'Bearer ' },
      { authorization: APP_TOKEN },
      { cookie: `interview_prep_access=${APP_TOKEN}` },
      { cookie: 'interview_prep_access=' },
    ];
    for (const headers of attempts) {
      expect((await api('/api/sessions', { headers })).status).toBe(401);
    }
    expect(testApp.fake.requests).toHaveLength(0);
  });

  it('Authorization: Bearer <token> works (scripts, curl)', async () => {
    const headers = { authorization: `Bearer ${APP_TOKEN}` };
    expect((await api('/api/sessions', { headers })).status).toBe(200);
    expect((await api('/api/models', { headers: { authorization: `bearer  ${APP_TOKEN}` } })).status).toBe(200);
  });

  it('/api/health and /api/config stay open; the config says a token is needed, never what it is', async () => {
    expect((await api('/api/health')).status).toBe(200);
    const text = await (await api('/api/config')).text();
    expect(text).not.toContain(APP_TOKEN);
    const config = PublicConfigSchema.parse(JSON.parse(text));
    expect(config.access).toEqual({ tokenRequired: true, granted: false });
    const withToken = PublicConfigSchema.parse(
      await (await api('/api/config', { headers: { authorization: `Bearer ${APP_TOKEN}` } })).json(),
    );
    expect(withToken.access).toEqual({ tokenRequired: true, granted: true });
  });

  it('the web client itself loads without the token (it asks for it)', async () => {
    const page = await api('/');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
  });
});

describe('POST /api/auth/token', () => {
  it('a wrong token: 401 with a clear message, no cookie', async () => {
    const response = await sendToken('not-the-token');
    expect(response.status).toBe(401);
    expect(response.headers.getSetCookie()).toEqual([]);
    expect((await response.json()).error).toMatchObject({
      code: 'unauthenticated',
      field: 'token',
      message: expect.stringMatching(/not right/),
    });
    const missing = await api('/api/auth/token', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(missing.status).toBe(400);
    expect((await missing.json()).error.field).toBe('token');
  });

  it('the right token: an HttpOnly, SameSite=Strict cookie that is not the token and opens every API call', async () => {
    const response = await sendToken(APP_TOKEN);
    const [setCookie] = response.headers.getSetCookie();
    expect(setCookie).toMatch(/^interview_prep_access=[\w-]{43}; /);
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Strict');
    expect(setCookie).toContain('Path=/');
    expect(setCookie).toMatch(/Max-Age=\d+/);
    expect(setCookie).not.toContain('Secure');
    expect(setCookie).not.toContain(APP_TOKEN);

    const cookie = await signIn();
    const headers = { cookie };
    const config = PublicConfigSchema.parse(await (await api('/api/config', { headers })).json());
    expect(config.access.granted).toBe(true);
    const events = await collectEvents(
      await fetch(`${testApp.url}/api/generations`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json', accept: 'text/event-stream' },
        body: JSON.stringify(generationBody()),
      }),
    );
    const id = events.at(-1)!.data.id as string;
    expect(events.at(-1)!.event).toBe('done');
    // Export links are plain navigations: the cookie alone must be enough.
    const exported = await api(`/api/sessions/${id}/export?format=markdown`, { headers });
    expect(exported.status).toBe(200);
    expect(await exported.text()).toContain('#');
  });

  it('is refused from another site like every state-changing request', async () => {
    const response = await api('/api/auth/token', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://attacker.example' },
      body: JSON.stringify({ token: APP_TOKEN }),
    });
    expect(response.status).toBe(403);
    expect(response.headers.getSetCookie()).toEqual([]);
  });
});

it('the cookie is Secure when PUBLIC_URL is https', async () => {
  const secured = await startTestApp({
    fake: testApp.fake,
    env: { APP_TOKEN, PUBLIC_URL: 'https://prep.example.com' },
  });
  try {
    const response = await fetch(`${secured.url}/api/auth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://prep.example.com' },
      body: JSON.stringify({ token: APP_TOKEN }),
    });
    expect(response.status).toBe(204);
    expect(response.headers.getSetCookie()[0]).toContain('Secure');
  } finally {
    await secured.close();
  }
});

it('without APP_TOKEN nothing changes: every call is granted, no token route', async () => {
  const open = await startTestApp({ fake: testApp.fake });
  try {
    expect((await fetch(`${open.url}/api/sessions`)).status).toBe(200);
    const config = PublicConfigSchema.parse(await (await fetch(`${open.url}/api/config`)).json());
    expect(config.access).toEqual({ tokenRequired: false, granted: true });
    expect((await postGeneration(open.url, generationBody())).status).toBe(200);
  } finally {
    await open.close();
  }
});

it('the token never reaches the logs, even when a request or an error carries it', async () => {
  const { createLogger } = await import('../../src/app/create-logger.js');
  const dataDir = await fs.mkdtemp(path.join(testApp.dataDir, 'logged-'));
  const logger = createLogger(
    { dataDir, logLevel: 'debug', openai: { ...testApp.config.openai }, appToken: APP_TOKEN },
    { stdout: false },
  );
  const logged = await startTestApp({ fake: testApp.fake, dataDir, logger, env: { APP_TOKEN } });
  try {
    await fetch(`${logged.url}/api/sessions?token=${APP_TOKEN}`, { headers: { authorization: `Bearer ${APP_TOKEN}` } });
    await fetch(`${logged.url}/api/auth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token: APP_TOKEN }),
    });
    logger.error({ err: new Error(`bad token ${APP_TOKEN}`), headers: { cookie: 'interview_prep_access=x' } }, 'oops');
    logger.flush();
    const log = await waitForLogLine(path.join(dataDir, 'logs', 'app.log'), 'bad token');
    expect(log).toContain('/api/sessions?token=[redacted]');
    expect(log).toContain('bad token [redacted]');
    expect(log).not.toContain('interview_prep_access=');
    expect(log).not.toContain(APP_TOKEN);
  } finally {
    await logged.close();
  }
});
