import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeScenario } from '../support/fake-openai-scenarios.js';
import { startTestApp, type TestApp } from '../support/start-test-app.js';
import { fillJobDescription, launchBrowser, openApp, saveScreenshot } from './support/launch-browser.js';

let testApp: TestApp;
let browser: Browser;

beforeAll(async () => {
  [testApp, browser] = await Promise.all([startTestApp(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await testApp?.close();
});
beforeEach(() => testApp.fake.reset());

const SMALL_SCREEN = { viewport: { width: 1366, height: 768 } };

/** Fills the form and presses Generate after scrolling to the bottom of the page, as a user would. */
async function generateFromBottom(page: Page, questionCount = 2): Promise<void> {
  await fillJobDescription(page);
  await page.getByLabel('Number of questions').fill(String(questionCount));
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.getByRole('button', { name: 'Generate questions' }).click();
}

/** The banner of an error code: where it sits, whether it is on screen and focused, and its text. */
async function inspectBanner(page: Page, code: string) {
  const banner = page.locator(`[data-error-code="${code}"]`).first();
  await banner.waitFor({ timeout: 15_000 });
  await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toBe('banner-title');
  return banner.evaluate((element) => {
    const box = element.getBoundingClientRect();
    return {
      debug: `${box.top} ${box.bottom} ${window.innerHeight} ${window.scrollY}`,
      inResultsColumn: element.closest('.column-results') !== null,
      onScreen: box.top >= -1 && box.bottom <= window.innerHeight + 1,
      focusedInside: element.contains(document.activeElement),
      text: (element as HTMLElement).innerText,
    };
  });
}

describe('an error appears in one place, in view, with the focus on it', () => {
  it('an upstream failure during the generation (quota)', async () => {
    testApp.fake.enqueue(fakeScenario.insufficientQuota());
    const { page, context, problems } = await openApp(browser, testApp.url, SMALL_SCREEN);
    await generateFromBottom(page);
    const banner = await inspectBanner(page, 'upstream_quota');
    expect(banner, banner.debug).toMatchObject({ inResultsColumn: true, onScreen: true, focusedInside: true });
    expect(await page.locator('.generation-form [data-error-code]').count()).toBe(0);
    await page.screenshot({ path: 'test-results/screenshots/error-quota-in-view-1366.png' });
    expect(problems).toEqual([]);
    await context.close();
  });

  it('the hourly limit, refused before any stream starts', async () => {
    const limited = await startTestApp({ env: { RATE_LIMIT_PER_HOUR: '1' }, fake: testApp.fake });
    try {
      const { page, context } = await openApp(browser, limited.url, SMALL_SCREEN);
      await generateFromBottom(page);
      await page.locator('article.result[data-status="complete"]').waitFor({ timeout: 15_000 });
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.getByRole('button', { name: 'Generate questions' }).click();
      const banner = await inspectBanner(page, 'rate_limited');
      expect(await page.locator('article.result').count()).toBe(1);
      expect(banner, banner.debug).toMatchObject({ inResultsColumn: true, onScreen: true, focusedInside: true });
      expect(banner.text).toMatch(/Hourly limit reached/);
      await page.screenshot({ path: 'test-results/screenshots/error-hourly-limit-in-view-1366.png' });
      await context.close();
    } finally {
      await limited.close();
    }
  });

  it('no API key on the server', async () => {
    const keyless = await startTestApp({ apiKey: null, fake: testApp.fake });
    try {
      const { page, context } = await openApp(browser, keyless.url, SMALL_SCREEN);
      await generateFromBottom(page);
      const banner = await inspectBanner(page, 'no_api_key');
      expect(banner, banner.debug).toMatchObject({ inResultsColumn: true, onScreen: true, focusedInside: true });
      await context.close();
    } finally {
      await keyless.close();
    }
  });

  it('the app server itself unreachable has its own title, not the AI service', async () => {
    const { page, context } = await openApp(browser, testApp.url);
    await page.route('**/api/generations', (route) => route.abort('connectionrefused'));
    await generateFromBottom(page);
    const banner = await inspectBanner(page, 'upstream_unavailable');
    expect(banner.text).toMatch(/^The app server could not be reached/);
    expect(banner.text).not.toMatch(/AI service unavailable/);
    await context.close();
  });
});

describe('waiting for a retry', () => {
  it('says the AI service is busy, counts down, and clears when the questions come', async () => {
    testApp.fake.enqueue(fakeScenario.rateLimited(2), fakeScenario.streamReply());
    const { page, context, problems } = await openApp(browser, testApp.url);
    await fillJobDescription(page);
    await page.getByLabel('Number of questions').fill('2');
    await page.getByRole('button', { name: 'Generate questions' }).click();
    const notice = page.getByTestId('retry-notice');
    await notice.waitFor({ timeout: 10_000 });
    expect(await notice.locator('[aria-hidden="true"]').innerText()).toMatch(
      /^The AI service is busy \(rate limit\)\. Retrying (in \d+ s|now)…$/,
    );
    expect(await page.getByRole('button', { name: 'Cancel' }).isVisible()).toBe(true);
    await saveScreenshot(page, 'retry-waiting-1280');
    await page.locator('article.result[data-status="complete"]').waitFor({ timeout: 15_000 });
    expect(await notice.count()).toBe(0);
    expect(testApp.fake.requests).toHaveLength(2);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('keyboard shortcuts', () => {
  it('Ctrl+Enter in the job description generates; Esc cancels', async () => {
    testApp.fake.enqueue(fakeScenario.streamReply({ chunkSize: 6, chunkDelayMs: 40 }));
    const { page, context } = await openApp(browser, testApp.url);
    await fillJobDescription(page);
    await page.getByLabel('Job description').press('Control+Enter');
    await page.getByRole('button', { name: 'Cancel' }).waitFor();
    // Cancel shows while the request is still being sent: wait until it reached the AI service.
    await expect.poll(() => testApp.fake.requests.length, { timeout: 5000 }).toBe(1);
    await page.keyboard.press('Escape');
    await page.locator('[data-error-code="cancelled"]').waitFor();
    await expect.poll(() => testApp.fake.requests[0]?.aborted, { timeout: 5000 }).toBe(true);
    await context.close();
  });
});
