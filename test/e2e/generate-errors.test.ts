import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_ERROR_MESSAGES } from '../../src/core/errors.js';
import { fakeScenario, type FakeScenario } from '../support/fake-openai-scenarios.js';
import { startTestApp, type TestApp } from '../support/start-test-app.js';
import { fillJobDescription, launchBrowser, openApp, saveScreenshot } from './support/launch-browser.js';

let testApp: TestApp;
let browser: Browser;

beforeAll(async () => {
  [testApp, browser] = await Promise.all([startTestApp({ env: { OPENAI_TIMEOUT_MS: '1000' } }), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await testApp?.close();
});
beforeEach(() => testApp.fake.reset());

async function generate(page: Page, questionCount = 3): Promise<void> {
  await fillJobDescription(page);
  await page.getByLabel('Number of questions').fill(String(questionCount));
  await page.getByRole('button', { name: 'Generate questions' }).click();
}

/** The visible text of the error banner for a code, once it is there. */
async function bannerText(page: Page, code: string): Promise<string> {
  const banner = page.locator(`[data-error-code="${code}"]`).first();
  await banner.waitFor({ timeout: 15_000 });
  return (await banner.innerText()).trim();
}

function expectNoLeaks(text: string): void {
  expect(text).not.toMatch(/sk-|\bat .+:\d+:\d+|Error:|TypeError|stack/);
}

describe('each upstream failure is explained in words, with what to do', () => {
  const cases: Array<[string, FakeScenario[], string, RegExp]> = [
    [
      'no credit left',
      [fakeScenario.insufficientQuota()],
      'upstream_quota',
      /No credit left on the API key[\s\S]*billing/,
    ],
    ['an invalid key', [fakeScenario.invalidApiKey()], 'upstream_auth', /API key rejected[\s\S]*OPENAI_API_KEY/],
    [
      'OpenAI rate limits',
      Array.from({ length: 6 }, () => fakeScenario.rateLimited(1)),
      'upstream_rate_limited',
      /rate-limiting[\s\S]*(Wait|Try again)/,
    ],
    [
      'server errors',
      Array.from({ length: 6 }, () => fakeScenario.serverError(503)),
      'upstream_unavailable',
      /AI service unavailable[\s\S]*Try again/,
    ],
    ['no answer in time', [fakeScenario.hang()], 'upstream_timeout', /timed out[\s\S]*Try again/],
    [
      'an unknown model',
      [fakeScenario.modelNotFound()],
      'model_not_found',
      /Model not available[\s\S]*Advanced settings/,
    ],
    [
      'a reply that is not JSON',
      [fakeScenario.malformedContent()],
      'output_invalid',
      /reply could not be used[\s\S]*Try again/,
    ],
  ];
  it.each(cases)('%s', async (_name, scenarios, code, expected) => {
    testApp.fake.enqueue(...scenarios);
    const { page, context, problems } = await openApp(browser, testApp.url);
    await generate(page);
    const text = await bannerText(page, code);
    expect(text).toMatch(expected);
    expectNoLeaks(text);
    // The form keeps what the user typed.
    expect(await page.getByLabel('Job description').inputValue()).toContain('Senior Backend Engineer');
    expect(await page.getByLabel('Number of questions').inputValue()).toBe('3');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('a truncated reply keeps the finished questions and says how to get a full set', async () => {
    testApp.fake.enqueue(fakeScenario.truncated(2));
    const { page, context } = await openApp(browser, testApp.url);
    await generate(page, 4);
    const text = await bannerText(page, 'output_truncated');
    expect(text).toContain(DEFAULT_ERROR_MESSAGES.output_truncated);
    const result = page.locator('article.result').first();
    expect(await result.locator('.question-card:not(.skeleton)').count()).toBe(2);
    expect(await result.locator('.skeleton').count()).toBe(0);
    await saveScreenshot(page, 'error-truncated-1280');
    await context.close();
  });
});

describe('errors before the stream starts', () => {
  it('the local hourly limit says when it resets', async () => {
    const limited = await startTestApp({ env: { RATE_LIMIT_PER_HOUR: '1' }, fake: testApp.fake });
    try {
      const { page, context } = await openApp(browser, limited.url);
      await generate(page);
      await page.locator('article.result[data-status="complete"]').waitFor({ timeout: 15_000 });
      await page.getByRole('button', { name: 'Generate questions' }).click();
      const text = await bannerText(page, 'rate_limited');
      expect(text).toMatch(/Hourly limit reached[\s\S]*\d+ (minutes?|seconds?)/);
      expect(await page.locator('article.result').count()).toBe(1);
      await context.close();
    } finally {
      await limited.close();
    }
  });

  it('without a key the page shows how to set one, and generating says so', async () => {
    const keyless = await startTestApp({ apiKey: null, fake: testApp.fake });
    try {
      const { page, context } = await openApp(browser, keyless.url);
      const setup = page.getByRole('region', { name: 'Set up an API key to start' });
      expect(await setup.innerText()).toMatch(/OPENAI_API_KEY[\s\S]*\.env[\s\S]*OPENAI_BASE_URL[\s\S]*Ollama/);
      await saveScreenshot(page, 'first-run-no-key-1280');
      await generate(page);
      expect(await bannerText(page, 'no_api_key')).toMatch(/No API key configured[\s\S]*restart/);
      expect(testApp.fake.requests).toHaveLength(0);
      await context.close();
    } finally {
      await keyless.close();
    }
  });
});
