import pino from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sessionsToJson } from '../../src/core/export/session-to-json.js';
import type { Session } from '../../src/core/schemas/session.js';
import { buildSampleSession } from '../fixtures/sample-session.js';
import { collectEvents, generationBody, postGeneration } from '../support/sse-client.js';
import { startTestApp, type TestApp } from '../support/start-test-app.js';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await startTestApp({ env: { SESSION_HISTORY_LIMIT: '3' } });
});
afterAll(async () => testApp.close());
beforeEach(async () => {
  await fetch(`${testApp.url}/api/sessions`, { method: 'DELETE' });
});

function postImport(body: string): Promise<Response> {
  return fetch(`${testApp.url}/api/sessions/import`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
}

/** An export file of sample sessions, each changed by `change`. */
function importFile(count: number, change: (session: Session, index: number) => void = () => {}): string {
  const sessions = Array.from({ length: count }, (_, index) => {
    const session = structuredClone(buildSampleSession({ id: `sample-${index}` }));
    change(session, index);
    return session;
  });
  return sessionsToJson(sessions);
}

async function refusal(response: Response): Promise<{ code: string; message: string; field?: string }> {
  expect(response.status).toBe(400);
  return (await response.json()).error;
}

describe('imported dates', () => {
  it('dates sessions from the future now, says so, and a new generation stays in history', async () => {
    const before = Date.now();
    const response = await postImport(
      importFile(3, (session, index) => (session.createdAt = `2099-01-0${index + 1}T00:00:00.000Z`)),
    );
    expect(await response.json()).toEqual({ imported: 3, received: 3, historyLimit: 3, clampedToNow: 3 });
    const listed = (await (await fetch(`${testApp.url}/api/sessions`)).json()).sessions;
    expect(listed.map((session: { id: string }) => session.id)).toEqual(['sample-2', 'sample-1', 'sample-0']);
    for (const { createdAt } of listed) expect(Date.parse(createdAt)).toBeLessThanOrEqual(Date.now());
    expect(Date.parse(listed[2].createdAt)).toBeGreaterThanOrEqual(before - 10);

    const events = await collectEvents(await postGeneration(testApp.url, generationBody()));
    const { id } = events.at(-1)!.data;
    expect((await fetch(`${testApp.url}/api/sessions/${id}`)).status).toBe(200);
  });

  it('keeps dates within a few minutes of the server clock as they are', async () => {
    const soon = new Date(Date.now() + 60_000).toISOString();
    const response = await postImport(importFile(1, (session) => (session.createdAt = soon)));
    expect(await response.json()).toMatchObject({ imported: 1, clampedToNow: 0 });
    const [listed] = (await (await fetch(`${testApp.url}/api/sessions`)).json()).sessions;
    expect(listed.createdAt).toBe(soon);
  });
});

describe('session ids', () => {
  it.each(['..', 'export', 'a'.repeat(65), 'ok\uD800', 'has space'])(
    'refuses to import the id %j, naming the session and the field',
    async (id) => {
      const error = await refusal(await postImport(importFile(1, (session) => (session.id = id))));
      expect(error).toMatchObject({ code: 'invalid_input', field: 'file' });
      expect(error.message).toMatch(/session 1 \(.*\), field "id": A session id/);
    },
  );

  it('refuses ids outside the alphabet on every route, and the export route stays the export', async () => {
    await postImport(importFile(1));
    for (const [method, path] of [
      ['GET', '/api/sessions/a.b'],
      ['DELETE', `/api/sessions/${'a'.repeat(65)}`],
      ['GET', '/api/sessions/a.b/export?format=json'],
      ['POST', '/api/generations/a.b/cancel'],
    ] as const) {
      const error = await refusal(await fetch(`${testApp.url}${path}`, { method }));
      expect(error.message, path).toMatch(/A session id has 1 to 64 characters/);
    }
    const exported = await fetch(`${testApp.url}/api/sessions/export`);
    expect((await exported.json()).sessions.map((session: Session) => session.id)).toEqual(['sample-0']);
    expect((await fetch(`${testApp.url}/api/sessions/sample-0`)).status).toBe(200);
  });
});

describe('import bodies the app could never have written', () => {
  it('answers a 10,000-deep nested body with a 400 that says why', async () => {
    const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    const file = importFile(1).replace('"title": "Senior Backend Engineer — Acme"', `"title": ${deep}`);
    for (const [path, body] of [
      ['/api/sessions/import', file],
      ['/api/generations', JSON.stringify(generationBody()).replace('"technical"', deep)],
    ]) {
      const response = await fetch(`${testApp.url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      expect((await refusal(response)).message).toBe(
        'The request body nests objects and arrays more than 64 levels deep; nothing this app sends or exports does.',
      );
    }
  });

  it('refuses a huge list of sessions at once', async () => {
    const file = JSON.parse(importFile(1));
    file.sessions = Array.from({ length: 1_000_000 }, () => 0);
    const started = Date.now();
    const error = await refusal(await postImport(JSON.stringify(file)));
    expect(error.message).toBe('The export file holds 1,000,000 sessions; an import takes at most 1,000.');
    // Counted before any session is checked: a check of each would take far longer on any machine.
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('refuses what no generation produces: 21 questions, a cost of 1e308 dollars', async () => {
    const tooMany = await postImport(
      importFile(1, (session) => (session.result.questions = Array(21).fill(session.result.questions[0]))),
    );
    expect((await refusal(tooMany)).message).toContain('A session has at most 20 questions.');
    const costly = await postImport(importFile(1, (session) => (session.usage!.costUsd = 1e308)));
    expect((await refusal(costly)).message).toContain('field "usage.costUsd": A session costs at most $10,000.');
    expect((await (await fetch(`${testApp.url}/api/sessions`)).json()).sessions).toEqual([]);
  });

  it('says a file over the size limit is too large to import, not to shorten a job description', async () => {
    const error = await refusal(await postImport(`{"padding":"${'x'.repeat(10 * 1024 * 1024)}"}`));
    expect(error).toEqual({
      code: 'invalid_input',
      field: 'file',
      message: 'The file is too large to import: the limit is 10 MB. Choose a file that "Export all" wrote.',
    });
  });
});

describe('logging', () => {
  it('logs a refusal without a key at info without a stack, and requests only at debug', async () => {
    const lines: Array<Record<string, unknown>> = [];
    const logger = pino({ level: 'debug' }, { write: (line: string) => void lines.push(JSON.parse(line)) });
    const keyless = await startTestApp({ apiKey: null, logger, fake: testApp.fake });
    try {
      const response = await postGeneration(keyless.url, generationBody());
      expect(response.status).toBe(503);
      expect((await response.json()).error.code).toBe('no_api_key');
    } finally {
      await keyless.close();
    }
    const refused = lines.filter((line) => line['code'] === 'no_api_key');
    expect(refused).toEqual([expect.objectContaining({ level: pino.levels.values['info'], msg: 'request refused' })]);
    expect(JSON.stringify(refused)).not.toContain('stack');
    expect(lines.filter((line) => (line['level'] as number) >= pino.levels.values['error']!)).toEqual([]);
    const aboutRequests = lines.filter((line) =>
      /request (answered|completed)|incoming request/.test(String(line['msg'])),
    );
    expect(aboutRequests).toEqual([
      expect.objectContaining({ level: pino.levels.values['debug'], method: 'POST', url: '/api/generations' }),
    ]);
  });
});
