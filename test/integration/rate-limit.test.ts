import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { startFakeOpenAI } from '../support/fake-openai-server.js';
import { collectEvents, generationBody, postGeneration } from '../support/sse-client.js';
import { startTestApp } from '../support/start-test-app.js';

const fakePromise = startFakeOpenAI();
afterAll(async () => (await fakePromise).close());

it('limits generations per hour, says when it resets, and survives a restart', async () => {
  const fake = await fakePromise;
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'interview-prep-rate-'));
  const options = { fake, dataDir, env: { RATE_LIMIT_PER_HOUR: '2' } };

  const first = await startTestApp(options);
  for (let attempt = 0; attempt < 2; attempt++) {
    const events = await collectEvents(await postGeneration(first.url, generationBody()));
    expect(events.at(-1)!.event).toBe('done');
  }
  const limited = await postGeneration(first.url, generationBody());
  expect(limited.status).toBe(429);
  const retryAfter = Number(limited.headers.get('retry-after'));
  expect(retryAfter).toBeGreaterThan(3500);
  expect(retryAfter).toBeLessThanOrEqual(3600);
  const body = await limited.json();
  expect(body.error.code).toBe('rate_limited');
  expect(body.error.message).toMatch(/2 generations/);
  await first.close();

  const restarted = await startTestApp(options);
  try {
    const stillLimited = await postGeneration(restarted.url, generationBody());
    expect(stillLimited.status).toBe(429);
    expect(fake.requests).toHaveLength(2);
  } finally {
    await restarted.close();
  }
});

it('does not count rejected input against the limit', async () => {
  const app = await startTestApp({ fake: await fakePromise, env: { RATE_LIMIT_PER_HOUR: '1' } });
  try {
    for (let attempt = 0; attempt < 3; attempt++) {
      const response = await postGeneration(app.url, generationBody({ questionCount: 0 }));
      expect(response.status).toBe(400);
    }
    const events = await collectEvents(await postGeneration(app.url, generationBody()));
    expect(events.at(-1)!.event).toBe('done');
  } finally {
    await app.close();
  }
});
