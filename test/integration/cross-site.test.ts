import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_ERROR_MESSAGES } from '../../src/core/errors.js';
import { isOwnOrigin } from '../../src/server/plugins/cross-site-guard.js';
import { collectEvents, generationBody } from '../support/sse-client.js';
import { startTestApp, type TestApp } from '../support/start-test-app.js';

let testApp: TestApp;
let port: number;
beforeAll(async () => {
  testApp = await startTestApp();
  port = Number(new URL(testApp.url).port);
});
afterAll(async () => testApp.close());
beforeEach(() => testApp.fake.reset());

/** POSTs a JSON generation with the given extra headers, as a page (or a script) would. */
function postGeneration(headers: Record<string, string>): Promise<Response> {
  return fetch(`${testApp.url}/api/generations`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream', ...headers },
    body: JSON.stringify(generationBody()),
  });
}

describe('a state-changing request from another site is refused before anything runs', () => {
  const foreign: Array<[string, Record<string, string>]> = [
    ['another site', { origin: 'https://attacker.example' }],
    ['another port on this machine', { origin: 'http://127.0.0.1:1' }],
    ['https on the loopback port', { origin: `https://127.0.0.1:PORT` }],
    ['a sandboxed frame or file: page (Origin null)', { origin: 'null' }],
    ['a look-alike host', { origin: 'http://127.0.0.1.attacker.example:PORT' }],
    ['no Origin but Sec-Fetch-Site cross-site', { 'sec-fetch-site': 'cross-site' }],
  ];
  it.each(foreign)('%s: 403 cross_site, nothing generated', async (_name, template) => {
    const headers = Object.fromEntries(
      Object.entries(template).map(([name, value]) => [name, value.replace('PORT', String(port))]),
    );
    const response = await postGeneration(headers);
    expect(response.status).toBe(403);
    expect(await response.json()).toEqual({
      error: { code: 'cross_site', message: DEFAULT_ERROR_MESSAGES.cross_site },
    });
    expect(testApp.fake.requests).toHaveLength(0);
  });

  it('a foreign DELETE, import or cancel changes nothing', async () => {
    const done = (await collectEvents(await postGeneration({}))).at(-1)!;
    expect(done.event).toBe('done');
    const origin = { origin: 'http://localhost:9' };
    const attempts = [
      fetch(`${testApp.url}/api/sessions/${done.data.id}`, { method: 'DELETE', headers: origin }),
      fetch(`${testApp.url}/api/sessions`, { method: 'DELETE', headers: origin }),
      fetch(`${testApp.url}/api/sessions/import`, {
        method: 'POST',
        headers: { ...origin, 'content-type': 'application/json' },
        body: JSON.stringify({ sessions: [] }),
      }),
      fetch(`${testApp.url}/api/generations/${done.data.id}/cancel`, { method: 'POST', headers: origin }),
    ];
    for (const response of await Promise.all(attempts)) {
      expect(response.status).toBe(403);
      expect((await response.json()).error.code).toBe('cross_site');
    }
    expect((await fetch(`${testApp.url}/api/sessions/${done.data.id}`)).status).toBe(200);
  });
});

describe('the app itself, and clients that are not browsers, pass', () => {
  const own: Array<[string, Record<string, string>]> = [
    ['no Origin and no Sec-Fetch-Site (curl, scripts)', {}],
    ['Origin 127.0.0.1 with the served port', { origin: 'http://127.0.0.1:PORT' }],
    ['Origin localhost with the served port', { origin: 'http://localhost:PORT' }],
    ['Origin [::1] with the served port', { origin: 'http://[::1]:PORT' }],
    ['no Origin, Sec-Fetch-Site same-origin', { 'sec-fetch-site': 'same-origin' }],
  ];
  it.each(own)('%s', async (_name, template) => {
    const headers = Object.fromEntries(
      Object.entries(template).map(([name, value]) => [name, value.replace('PORT', String(port))]),
    );
    const events = await collectEvents(await postGeneration(headers));
    expect(events.at(-1)?.event).toBe('done');
  });

  it('reads are not state-changing: a GET with a foreign Origin is answered', async () => {
    const response = await fetch(`${testApp.url}/api/sessions`, { headers: { origin: 'https://attacker.example' } });
    expect(response.status).toBe(200);
    // No CORS: the browser keeps the answer from the foreign page.
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('PUBLIC_URL (a reverse proxy or another address)', () => {
  let proxied: TestApp;
  beforeAll(async () => {
    proxied = await startTestApp({ fake: testApp.fake, env: { PUBLIC_URL: 'https://prep.example.com' } });
  });
  afterAll(async () => proxied.close());

  it('accepts its origin and still refuses every other', async () => {
    const post = (origin: string) =>
      fetch(`${proxied.url}/api/estimate`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin },
        body: JSON.stringify(generationBody()),
      });
    expect((await post('https://prep.example.com')).status).toBe(200);
    expect((await post(`http://127.0.0.1:${new URL(proxied.url).port}`)).status).toBe(200);
    expect((await post('http://prep.example.com')).status).toBe(403);
    expect((await post('https://prep.example.com.attacker.example')).status).toBe(403);
  });

  it("accepts PUBLIC_URL's host name in Host (a proxy passing it on), and no other", async () => {
    const withHost = (host: string) => proxied.app.inject({ method: 'GET', url: '/api/health', headers: { host } });
    expect((await withHost('prep.example.com')).statusCode).toBe(200);
    expect((await withHost('localhost:8501')).statusCode).toBe(200);
    const refused = await withHost('attacker.example');
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error).toMatchObject({ code: 'forbidden', message: expect.stringContaining('PUBLIC_URL') });
  });

  it('is checked at start-up: an http(s) address with no path', async () => {
    const { loadConfig } = await import('../../src/app/config.js');
    for (const value of ['prep.example.com', 'ftp://prep.example.com', 'https://prep.example.com/app/']) {
      expect(() => loadConfig({ PUBLIC_URL: value })).toThrow(/PUBLIC_URL must be/);
    }
    expect(loadConfig({ PUBLIC_URL: 'https://prep.example.com:8443/' }).publicOrigin).toBe(
      'https://prep.example.com:8443',
    );
  });
});

it('isOwnOrigin: exact origins only', () => {
  const own = { servedPort: 8501, publicOrigin: null };
  expect(isOwnOrigin('http://localhost:8501', own)).toBe(true);
  expect(isOwnOrigin('http://LOCALHOST:8501', own)).toBe(false);
  expect(isOwnOrigin('http://localhost:8501/', own)).toBe(false);
  expect(isOwnOrigin('http://127.0.0.2:8501', own)).toBe(true);
  expect(isOwnOrigin('http://localhost', { ...own, servedPort: 80 })).toBe(true);
  expect(isOwnOrigin('http://localhost:8501', { ...own, servedPort: null })).toBe(false);
  expect(isOwnOrigin('http://localhost:8501, https://attacker.example', own)).toBe(false);
});
