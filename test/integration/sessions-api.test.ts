import { execFileSync } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sessionToJson } from '../../src/core/export/session-to-json.js';
import { SessionExportFileSchema } from '../../src/core/schemas/session.js';
import { buildPracticeSession } from '../fixtures/sample-practice.js';
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

async function generate(overrides: Record<string, unknown> = {}): Promise<string> {
  const events = await collectEvents(await postGeneration(testApp.url, generationBody(overrides)));
  return events.at(-1)!.data.id;
}
const listSessions = async () => (await (await fetch(`${testApp.url}/api/sessions`)).json()).sessions;

describe('history', () => {
  it('lists sessions newest first with their settings and keeps only the newest SESSION_HISTORY_LIMIT', async () => {
    const ids = [];
    for (const interviewType of ['technical', 'behavioral', 'case_study', 'reverse'])
      ids.push(await generate({ interviewType }));
    const sessions = await listSessions();
    expect(sessions.map((session: { id: string }) => session.id)).toEqual(ids.slice(1).reverse());
    expect(sessions[0]).toMatchObject({
      interviewType: 'reverse',
      experienceLevel: 'senior',
      technique: 'zero_shot',
      questionCount: 3,
      status: 'complete',
      title: expect.stringContaining('Senior Backend Engineer'),
    });
    expect((await fetch(`${testApp.url}/api/sessions/${ids[0]}`)).status).toBe(404);
  });

  it('deletes one session, then answers 404 for it', async () => {
    const id = await generate();
    expect((await fetch(`${testApp.url}/api/sessions/${id}`, { method: 'DELETE' })).status).toBe(204);
    const again = await fetch(`${testApp.url}/api/sessions/${id}`);
    expect(again.status).toBe(404);
    expect((await again.json()).error.code).toBe('not_found');
  });
});

describe('exports', () => {
  it.each([
    ['json', 'application/json', '.json'],
    ['markdown', 'text/markdown', '.md'],
    ['csv', 'text/csv', '.csv'],
    ['pdf', 'application/pdf', '.pdf'],
  ])('%s downloads with its content type and a meaningful filename', async (format, contentType, extension) => {
    const id = await generate({ interviewType: 'behavioral' });
    const response = await fetch(`${testApp.url}/api/sessions/${id}/export?format=${format}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain(contentType);
    const disposition = response.headers.get('content-disposition') ?? '';
    expect(disposition).toMatch(
      new RegExp(`^attachment; filename="senior-backend-engineer[^"]*_behavioral_\\d{4}-\\d{2}-\\d{2}\\${extension}"$`),
    );
    const body = Buffer.from(await response.arrayBuffer());
    const session = await (await fetch(`${testApp.url}/api/sessions/${id}`)).json();
    const firstQuestion: string = session.result.questions[0].question;
    if (format === 'pdf') {
      const file = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'export-')), 'session.pdf');
      await fs.writeFile(file, body);
      const text = execFileSync('pdftotext', [file, '-']).toString().replace(/\s+/g, ' ');
      expect(text).toContain('Senior Backend Engineer');
      expect(text).toContain(firstQuestion);
    } else {
      expect(body.toString()).toContain(firstQuestion);
    }
  });

  it('exports the practice attempts of a session: attempts-csv one row per attempt, the study sheet under each question', async () => {
    const session = buildPracticeSession();
    const imported = await fetch(`${testApp.url}/api/sessions/import`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: sessionToJson(session),
    });
    expect(imported.status).toBe(200);
    const response = await fetch(`${testApp.url}/api/sessions/${session.id}/export?format=attempts-csv`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="senior-backend-engineer-acme_technical_\d{4}-\d{2}-\d{2}-attempts\.csv"$/,
    );
    const csv = await response.text();
    expect(
      csv
        .trimEnd()
        .split('\r\n')
        .filter((line) => line.startsWith(session.id)),
    ).toHaveLength(3);
    expect(csv).toContain(session.practice[1]!.attempts[0]!.answer.slice(3));
    const markdown = await (await fetch(`${testApp.url}/api/sessions/${session.id}/export?format=markdown`)).text();
    expect(markdown).toContain('### Practice\n\n#### Run 1, answer 1');
    const questions = await (await fetch(`${testApp.url}/api/sessions/${session.id}/export?format=csv`)).text();
    expect(questions.trimEnd().split('\r\n')).toHaveLength(1 + session.result.questions.length);
  });

  it('rejects an unknown format', async () => {
    const id = await generate();
    const response = await fetch(`${testApp.url}/api/sessions/${id}/export?format=docx`);
    expect(response.status).toBe(400);
    expect((await response.json()).error.field).toBe('format');
  });

  it('exports everything as JSON that imports back', async () => {
    await generate({ interviewType: 'technical' });
    await generate({ interviewType: 'reverse' });
    const exported = await (await fetch(`${testApp.url}/api/sessions/export`)).json();
    expect(SessionExportFileSchema.safeParse(exported).success).toBe(true);
    await fetch(`${testApp.url}/api/sessions`, { method: 'DELETE' });
    expect(await listSessions()).toEqual([]);
    const imported = await fetch(`${testApp.url}/api/sessions/import`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(exported),
    });
    expect(await imported.json()).toEqual({ imported: 2, received: 2, historyLimit: 3, clampedToNow: 0 });
    expect((await listSessions()).map((session: { interviewType: string }) => session.interviewType)).toEqual([
      'reverse',
      'technical',
    ]);
  });

  it('says how many imported sessions were too old to keep', async () => {
    for (let count = 0; count < 3; count++) await generate();
    const exported = await (await fetch(`${testApp.url}/api/sessions/export`)).json();
    const old = { ...exported.sessions[0], id: 'from-2020', createdAt: '2020-01-01T00:00:00.000Z' };
    exported.sessions.push(old);
    await fetch(`${testApp.url}/api/sessions`, { method: 'DELETE' });
    const response = await fetch(`${testApp.url}/api/sessions/import`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(exported),
    });
    expect(await response.json()).toEqual({ imported: 3, received: 4, historyLimit: 3, clampedToNow: 0 });
    expect((await listSessions()).map((session: { id: string }) => session.id)).not.toContain('from-2020');
  });

  it('explains what is wrong with a bad import file', async () => {
    const response = await fetch(`${testApp.url}/api/sessions/import`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ format: 'something-else', sessions: [] }),
    });
    expect(response.status).toBe(400);
    const { error } = await response.json();
    expect(error.code).toBe('invalid_input');
    expect(error.message.length).toBeGreaterThan(10);
  });
});
