import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { fakeScenario } from '../support/fake-openai-scenarios.js';
import { collectEvents, generationBody, postGeneration } from '../support/sse-client.js';
import { startTestApp, TEST_API_KEY, type TestApp } from '../support/start-test-app.js';
import { waitForLogLine } from '../support/wait-for-log-line.js';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await startTestApp({ env: { LOG_LEVEL: 'debug' } });
});
afterAll(async () => testApp.close());

it('refuses requests whose Host is not a loopback name (DNS rebinding)', async () => {
  const response = await testApp.app.inject({
    method: 'GET',
    url: '/api/config',
    headers: { host: 'attacker.example:8501' },
  });
  expect(response.statusCode).toBe(403);
  expect(response.json().error.code).toBe('forbidden');
  const allowed = await testApp.app.inject({ method: 'GET', url: '/api/health', headers: { host: 'localhost:8501' } });
  expect(allowed.statusCode).toBe(200);
});

it('sends security headers with a strict Content-Security-Policy', async () => {
  const response = await fetch(`${testApp.url}/api/health`);
  const policy = response.headers.get('content-security-policy') ?? '';
  expect(policy).toContain("default-src 'self'");
  expect(policy).toContain("script-src 'self'");
  expect(policy).not.toContain('unsafe-inline');
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
});

it('lets no cache keep an API answer, and leaves the web client cacheable', async () => {
  for (const url of ['/api/health', '/api/config', '/api/sessions', '/api/nothing-here']) {
    const response = await fetch(`${testApp.url}${url}`);
    expect(response.headers.get('cache-control'), url).toBe('no-store');
  }
  const page = await fetch(`${testApp.url}/`);
  expect(page.headers.get('cache-control')).not.toBe('no-store');
});

it('never reveals the API key: not in config, events, errors or exports', async () => {
  const config = await (await fetch(`${testApp.url}/api/config`)).text();
  expect(config).not.toContain(TEST_API_KEY);
  expect(JSON.parse(config).apiKeyConfigured).toBe(true);
  testApp.fake.enqueue(fakeScenario.invalidApiKey());
  const failed = await collectEvents(await postGeneration(testApp.url, generationBody()));
  const events = await collectEvents(await postGeneration(testApp.url, generationBody()));
  expect(JSON.stringify([failed, events])).not.toContain(TEST_API_KEY);
  const id = events.at(-1)!.data.id;
  for (const format of ['json', 'markdown', 'csv']) {
    const exported = await (await fetch(`${testApp.url}/api/sessions/${id}/export?format=${format}`)).text();
    expect(exported).not.toContain(TEST_API_KEY);
  }
  expect(testApp.fake.requests.at(-1)!.headers.authorization).toBe(`Bearer ${TEST_API_KEY}`);
});

it('answers unknown API paths with a JSON not_found error', async () => {
  const response = await fetch(`${testApp.url}/api/nothing-here`);
  expect(response.status).toBe(404);
  expect((await response.json()).error.code).toBe('not_found');
});

it('keeps structured logs under DATA_DIR/logs', async () => {
  // The test app logs to a silent logger; the file logger is checked through createLogger.
  const { createLogger } = await import('../../src/app/create-logger.js');
  const logger = createLogger(
    { dataDir: testApp.dataDir, logLevel: 'info', openai: { ...testApp.config.openai } },
    { stdout: false },
  );
  logger.info(
    { headers: { authorization: `Bearer ${TEST_API_KEY}` }, note: `key ${TEST_API_KEY}` },
    'calling upstream',
  );
  logger.error({ err: new Error(`401 Incorrect API key provided: ${TEST_API_KEY}`) }, 'generation failed');
  logger.flush();
  const log = await waitForLogLine(path.join(testApp.dataDir, 'logs', 'app.log'), 'generation failed');
  expect(log).toContain('calling upstream');
  expect(log).not.toContain(TEST_API_KEY);
  // The line logged above, wherever a request's line flushed late landed beside it.
  const lines = log
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { msg?: string; err?: { message: string; stack: string } });
  const failure = lines.findLast((line) => line.msg === 'generation failed' && line.err !== undefined)!;
  expect(failure.err?.message).toBe('401 Incorrect API key provided: [redacted]');
  expect(failure.err?.stack).toContain('security.test.ts');
});
