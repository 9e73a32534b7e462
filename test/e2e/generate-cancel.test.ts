import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeScenario } from '../support/fake-openai-scenarios.js';
import { startTestApp, type TestApp } from '../support/start-test-app.js';
import {
  fillJobDescription,
  launchBrowser,
  openApp,
  saveScreenshot,
  SCREENSHOT_DIR,
} from './support/launch-browser.js';

let testApp: TestApp;
let browser: Browser;

beforeAll(async () => {
  [testApp, browser] = await Promise.all([startTestApp(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await testApp?.close();
});
beforeEach(async () => {
  testApp.fake.reset();
  await fetch(`${testApp.url}/api/sessions`, { method: 'DELETE' });
});

/** What the page asks of the server around a cancel, recorded from the browser's side. */
function watchRequests(page: Page) {
  const seen = {
    cancels: [] as string[],
    sessionReads: [] as string[],
    generation: 'pending' as 'pending' | 'finished' | 'failed',
  };
  const isGeneration = (url: string, method: string) =>
    method === 'POST' && new URL(url).pathname === '/api/generations';
  page.on('request', (request) => {
    const { pathname } = new URL(request.url());
    if (request.method() === 'POST' && /^\/api\/generations\/[^/]+\/cancel$/.test(pathname))
      seen.cancels.push(pathname);
    // The old client polled GET /api/sessions/:id after a cancel; export links are GETs of .../export.
    if (request.method() === 'GET' && /^\/api\/sessions\/(?!export$)[^/]+$/.test(pathname))
      seen.sessionReads.push(pathname);
  });
  page.on('requestfinished', (request) => {
    if (isGeneration(request.url(), request.method())) seen.generation = 'finished';
  });
  page.on('requestfailed', (request) => {
    if (isGeneration(request.url(), request.method())) seen.generation = 'failed';
  });
  return seen;
}

/** Starts a slow generation and waits for its first question (zero-shot: no analysis streams first). */
async function generateUntilFirstQuestion(page: Page): Promise<void> {
  testApp.fake.enqueue(fakeScenario.streamReply({ chunkSize: 12, chunkDelayMs: 20 }));
  await fillJobDescription(page);
  await page.getByLabel('Prompt technique').selectOption('zero_shot');
  await page.getByRole('button', { name: 'Generate questions' }).click();
  await page.locator('.question-card:not(.skeleton)').first().waitFor({ timeout: 15_000 });
}

/** How long the page is watched after a cancel for a GET of the session (the old client polled from 300 ms on). */
const noPollingWindowMs = 1500;
/** A first question to wait for, a cancel, and the watch above: more than the default 20 s under load. */
const SLOW_TEST_MS = 40_000;

describe('cancel', () => {
  it(
    'asks the server to stop, reads the stream to its end and shows what was kept: questions, cost, export',
    async () => {
      const { page, context, problems } = await openApp(browser, testApp.url);
      const seen = watchRequests(page);
      await generateUntilFirstQuestion(page);
      await page.getByRole('button', { name: 'Cancel' }).click();

      const banner = page.locator('[data-error-code="cancelled"]');
      await banner.waitFor();
      expect(await banner.innerText()).toMatch(/cancelled[\s\S]*kept/i);
      await expect.poll(() => testApp.fake.requests[0]?.aborted, { timeout: 5000 }).toBe(true);
      expect(testApp.fake.requests[0]!.completed).toBe(false);

      // The server saved the partial session under the id the cancel named.
      const { sessions } = (await (await fetch(`${testApp.url}/api/sessions`)).json()) as {
        sessions: { id: string; status: string; questionCount: number }[];
      };
      expect(sessions).toHaveLength(1);
      const saved = sessions[0]!;
      expect(saved.status).toBe('partial');
      expect(seen.cancels).toEqual([`/api/generations/${saved.id}/cancel`]);

      const result = page.locator('article.result').first();
      await result.and(page.locator('[data-status="stopped"]')).waitFor();
      expect(await result.locator('.question-card:not(.skeleton)').count()).toBe(saved.questionCount);
      expect(saved.questionCount).toBeGreaterThanOrEqual(1);
      expect(await result.locator('.skeleton').count()).toBe(0);
      await expect.poll(() => page.getByRole('button', { name: 'Cancel' }).count()).toBe(0);
      // The cost from the cancel answer: counted by the server, so marked as approximate.
      expect(await result.getByTestId('generation-cost').textContent()).toMatch(/^≈ \$0\.\d+/);
      expect(await result.innerText()).toMatch(/did not report this stopped generation/);
      // Saved as partial, so it exports like any other.
      const exportGroup = result.getByRole('group', { name: 'Export this session' });
      expect(await exportGroup.getByRole('link', { name: 'JSON' }).getAttribute('href')).toBe(
        `/api/sessions/${saved.id}/export?format=json`,
      );
      const historyItem = page.locator('.history-item').first();
      await expect.poll(() => historyItem.innerText()).toMatch(/partial[\s\S]*\d+ questions?[\s\S]*\$0\.\d+/);

      // The stream ended by itself (not aborted by the page), and nothing polls for the session.
      expect(seen.generation).toBe('finished');
      await page.waitForTimeout(noPollingWindowMs);
      expect(seen.sessionReads).toEqual([]);
      await result.getByRole('heading', { level: 3, name: 'Cancelled' }).scrollIntoViewIfNeeded();
      await saveScreenshot(page, 'cancel-result-1280');
      expect(problems).toEqual([]);
      await context.close();
    },
    SLOW_TEST_MS,
  );

  it(
    'disconnects instead when the server cannot stop it (404: it just finished), keeping what arrived',
    async () => {
      const { page, context, problems } = await openApp(browser, testApp.url);
      let answer: () => void = () => {};
      const answered = new Promise<void>((resolve) => (answer = resolve));
      await page.route('**/api/generations/*/cancel', async (route) => {
        await answered;
        await route.fulfill({
          status: 404,
          contentType: 'application/json',
          body: JSON.stringify({ error: { code: 'not_found', message: 'No generation with that id is running.' } }),
        });
      });
      const seen = watchRequests(page);
      await generateUntilFirstQuestion(page);
      await page.keyboard.press('Escape');

      // While the server is asked, the button says so, and a second Esc asks nothing more.
      const cancelButton = page.locator('.progress-row button');
      await expect.poll(() => cancelButton.innerText()).toBe('Cancelling…');
      expect(await cancelButton.getAttribute('aria-disabled')).toBe('true');
      expect(await page.getByTestId('progress').innerText()).toMatch(/^Cancelling/);
      await page.keyboard.press('Escape');
      await cancelButton.click({ force: true });
      await page.screenshot({ path: `${SCREENSHOT_DIR}/cancel-in-progress-1280.png`, animations: 'disabled' });
      answer();

      await page.locator('[data-error-code="cancelled"]').waitFor();
      expect(seen.cancels).toHaveLength(1);
      // The page aborted its fetch; the server then aborted the upstream request.
      await expect.poll(() => seen.generation, { timeout: 5000 }).toBe('failed');
      await expect.poll(() => testApp.fake.requests[0]?.aborted, { timeout: 5000 }).toBe(true);
      const result = page.locator('article.result').first();
      expect(await result.getAttribute('data-status')).toBe('stopped');
      expect(await result.locator('.question-card:not(.skeleton)').count()).toBeGreaterThanOrEqual(1);
      await expect.poll(() => page.getByRole('button', { name: 'Cancel' }).count()).toBe(0);
      await page.waitForTimeout(noPollingWindowMs);
      expect(seen.sessionReads).toEqual([]);
      // Chromium logs the 404 it was given; nothing else may go wrong.
      expect(problems.filter((problem) => !/status of 404/.test(problem))).toEqual([]);
      await context.close();
    },
    SLOW_TEST_MS,
  );

  it('before the server has named the generation, aborts the request: nothing reaches the AI service', async () => {
    const { page, context, problems } = await openApp(browser, testApp.url);
    // Hold the request in the browser, so Cancel comes before any `started` event.
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/generations', async (route) => {
      await held;
      await route.continue().catch(() => undefined);
    });
    const seen = watchRequests(page);
    await fillJobDescription(page);
    await page.getByRole('button', { name: 'Generate questions' }).click();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => seen.generation).toBe('failed');
    release();
    expect(seen.cancels).toEqual([]);
    await expect.poll(() => page.getByRole('button', { name: 'Cancel' }).count()).toBe(0);
    expect(await page.locator('article.result').count()).toBe(0);
    expect(await page.locator('[data-error-code]').count()).toBe(0);
    expect(testApp.fake.requests).toHaveLength(0);
    expect(problems).toEqual([]);
    await context.close();
  });
});
