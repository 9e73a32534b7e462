import { afterAll, beforeAll, expect, it } from 'vitest';
import { PublicConfigSchema } from '../../src/core/schemas/public-config.js';
import { generationBody } from '../support/sse-client.js';
import { startTestApp, type TestApp } from '../support/start-test-app.js';

let testApp: TestApp;
beforeAll(async () => {
  testApp = await startTestApp({ env: { MAX_INPUT_CHARS: '4000', RATE_LIMIT_PER_HOUR: '7' } });
});
afterAll(async () => testApp.close());

const get = async (path: string) => (await fetch(`${testApp.url}${path}`)).json();
const postEstimate = async (body: unknown) =>
  fetch(`${testApp.url}/api/estimate`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

it('GET /api/health answers ok', async () => {
  expect(await get('/api/health')).toEqual({ status: 'ok', database: 'ok' });
});

it('GET /api/config tells the limits and the upstream host, never the key', async () => {
  const config = PublicConfigSchema.parse(await get('/api/config'));
  expect(config.limits).toMatchObject({ maxInputChars: 4000, rateLimitPerHour: 7, maxQuestionCount: 20 });
  expect(config.baseUrlHost).toBe(new URL(testApp.fake.baseURL).host);
  expect(config.defaultModel).toBe('gpt-5.4-mini');
});

it('GET /api/models lists the registry with families and prices', async () => {
  const { defaultModel, models } = await get('/api/models');
  expect(defaultModel).toBe('gpt-5.4-mini');
  const ids = models.map((model: { id: string }) => model.id);
  for (const id of [
    'gpt-5',
    'gpt-5-mini',
    'gpt-5-nano',
    'gpt-5.4',
    'gpt-5.4-mini',
    'gpt-5.4-nano',
    'gpt-4o',
    'gpt-4o-mini',
    'gpt-4.1',
    'gpt-4.1-mini',
  ]) {
    expect(ids).toContain(id);
  }
  const gpt4o = models.find((model: { id: string }) => model.id === 'gpt-4o');
  expect(gpt4o).toMatchObject({
    family: 'classic',
    price: { inputPerMillion: 2.5, cachedInputPerMillion: 1.25, outputPerMillion: 10 },
  });
  expect(models.find((model: { id: string }) => model.id === 'gpt-5-mini').shutdownOn).toBe('2026-12-11');
});

it('POST /api/estimate counts the prompt tokens and prices them, growing with the text', async () => {
  const short = await (await postEstimate(generationBody())).json();
  const long = await (
    await postEstimate(generationBody({ jobDescription: `${generationBody().jobDescription}\n`.repeat(5) }))
  ).json();
  expect(short.inputTokens).toBeGreaterThan(100);
  expect(long.inputTokens).toBeGreaterThan(short.inputTokens);
  expect(short.estimatedCostUsd).toBeGreaterThan(0);
  expect(short.model).toBe('gpt-5.4-mini');
  expect(testApp.fake.requests).toHaveLength(0);
});

it('POST /api/estimate shows an unknown price as null', async () => {
  const estimate = await (await postEstimate(generationBody({ model: 'llama3.1:8b' }))).json();
  expect(estimate.inputTokens).toBeGreaterThan(0);
  expect(estimate.estimatedCostUsd).toBeNull();
});

it('POST /api/estimate counts a pasted HTML posting as it will be sent: cleaned', async () => {
  const text = generationBody().jobDescription as string;
  const html = `<div class="jobs-description__content">${`<p class="t-14 t-normal">${text}</p>`.repeat(40)}</div>`;
  expect(html.length).toBeGreaterThan(10_000);
  const fromHtml = await postEstimate(generationBody({ jobDescription: html }));
  expect(fromHtml.status).toBe(200);
  const fromText = await (await postEstimate(generationBody({ jobDescription: `${text}\n\n`.repeat(40) }))).json();
  expect(Math.abs((await fromHtml.json()).inputTokens - fromText.inputTokens)).toBeLessThan(50);
});
