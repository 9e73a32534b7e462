import zlib from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generationBody, postGeneration, readEvents } from '../support/sse-client.js';
import { startTestApp, type TestApp } from '../support/start-test-app.js';
import { launchBrowser, openApp, saveScreenshot } from './support/launch-browser.js';

/** Issue 15: the JavaScript of the first screen, gzip -9, as the benchmark counts it. */
const MAX_FIRST_SCREEN_GZIP_BYTES = 120_000;
/** Chunks loaded on first use; none of them may come with the first screen. */
const LAZY_CHUNKS = {
  resultView: /\/assets\/result-view-[\w-]+\.js$/,
  practiceView: /\/assets\/practice-view-[\w-]+\.js$/,
  streamGeneration: /\/assets\/stream-generation-[\w-]+\.js$/,
  checkForm: /\/assets\/check-form-[\w-]+\.js$/,
  advancedSettings: /\/assets\/advanced-settings-fields-[\w-]+\.js$/,
  detector: /\/assets\/detect-prompt-injection-[\w-]+\.js$/,
  // Team mode's parts: never in single-user mode.
  signInPanel: /\/assets\/sign-in-panel-[\w-]+\.js$/,
  accountBar: /\/assets\/account-bar-[\w-]+\.js$/,
  adminPage: /\/assets\/admin-page-[\w-]+\.js$/,
};

let testApp: TestApp;
let browser: Browser;

beforeAll(async () => {
  [testApp, browser] = await Promise.all([startTestApp(), launchBrowser()]);
  // One saved session, so that History has an entry to open.
  const response = await postGeneration(testApp.url, generationBody({ questionCount: 2 }));
  const events: string[] = [];
  for await (const { event } of readEvents(response)) events.push(event);
  expect(events).toContain('done');
});
afterAll(async () => {
  await browser?.close();
  await testApp?.close();
});

type Script = { path: string; gzipBytes: number };

/** Every script the page receives from now on, with its gzip -9 size. */
function recordScripts(page: Page): Promise<Script | null>[] {
  const scripts: Promise<Script | null>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    scripts.push(
      response
        .body()
        .then((body) => ({
          path: new URL(response.url()).pathname,
          gzipBytes: zlib.gzipSync(body, { level: 9 }).length,
        }))
        .catch(() => null),
    );
  });
  return scripts;
}

async function received(scripts: Promise<Script | null>[]): Promise<Script[]> {
  return (await Promise.all(scripts)).filter((script): script is Script => script !== null);
}

describe('the first screen', () => {
  it('fetches under 120 kB of JavaScript (gzip -9) before any click; history, the inspector and practice load on use', async () => {
    // A fresh context (nothing cached), recording from the start; nothing clicked, typed or hovered.
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    const scripts = recordScripts(page);
    const apiPaths: string[] = [];
    page.on('request', (request) => apiPaths.push(new URL(request.url()).pathname));
    await page.goto(testApp.url);
    await page.getByRole('button', { name: 'Generate questions' }).waitFor();
    await page.locator('.history-item').first().waitFor();
    await page.waitForLoadState('networkidle');
    const firstScreen = await received(scripts);
    const total = firstScreen.reduce((sum, script) => sum + script.gzipBytes, 0);
    console.info(
      `first screen: ${total} B of JS (gzip -9): ${firstScreen.map((script) => `${script.path} ${script.gzipBytes}`).join(', ')}`,
    );
    expect(firstScreen.length).toBeGreaterThan(0);
    expect(total).toBeLessThan(MAX_FIRST_SCREEN_GZIP_BYTES);
    for (const chunk of Object.values(LAZY_CHUNKS)) {
      expect(firstScreen.filter((script) => chunk.test(script.path))).toEqual([]);
    }
    // Single-user mode asks nothing of team mode's sign-in.
    expect(apiPaths.filter((path) => path.startsWith('/api/auth/'))).toEqual([]);

    // Opening a saved session loads the result view, and shows the session.
    const before = (await received(scripts)).length;
    await page.locator('.history-item .history-title').first().click();
    const opened = page.locator('article.result').first();
    await opened.waitFor();
    expect(await opened.innerText()).toMatch(/from history[\s\S]*Cost of this generation[\s\S]*Prompt inspector/);
    const afterOpening = (await received(scripts)).slice(before);
    expect(afterOpening.some((script) => LAZY_CHUNKS.resultView.test(script.path))).toBe(true);
    // The title has the focus, as before the view was split off.
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('result-title'))).toBe(true);

    // The prompt inspector opens and shows the messages sent.
    await opened.getByText('Prompt inspector').click();
    await opened.locator('.prompt-message').first().waitFor();
    expect(await opened.locator('.prompt-message').count()).toBeGreaterThan(0);

    // Practice loads its own chunk on first use.
    const practiceChunk = page.waitForResponse((response) => LAZY_CHUNKS.practiceView.test(response.url()));
    await opened.getByRole('button', { name: 'Practice question 1' }).click();
    expect((await practiceChunk).ok()).toBe(true);
    await page.getByTestId('practice-view').waitFor();
    await saveScreenshot(page, 'first-screen-practice-loaded-1280');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('a chunk that fails to load says so, with a retry that loads it', async () => {
    const { page, context } = await openApp(browser, testApp.url);
    // As after the app was rebuilt (or the connection dropped) while the page stayed open.
    await page.route(LAZY_CHUNKS.resultView, (route) => route.fulfill({ status: 404, body: 'Not Found' }));
    await page.locator('.history-item .history-title').first().click();
    const alert = page.getByRole('alert').filter({ hasText: 'The result could not be shown' });
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(/did not load[\s\S]*Try again/);
    await saveScreenshot(page, 'first-screen-chunk-failed-1280');

    await page.unroute(LAZY_CHUNKS.resultView);
    await alert.getByRole('button', { name: 'Try again' }).click();
    await page.locator('article.result').first().waitFor();
    expect(await page.getByRole('alert').filter({ hasText: 'could not be shown' }).count()).toBe(0);
    await context.close();
  });

  it('shows a busy note while a chunk is on its way', async () => {
    const { page, context } = await openApp(browser, testApp.url);
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(LAZY_CHUNKS.resultView, async (route) => {
      await held;
      await route.continue();
    });
    await page.getByRole('button', { name: 'Generate questions' }).waitFor();
    // Not through History (it waits for the view before showing the session): a generation.
    await page.getByLabel('Job description').fill(String(generationBody().jobDescription));
    await page.getByLabel('Number of questions').fill('1');
    await page.getByRole('button', { name: 'Generate questions' }).click();
    const busy = page.locator('.lazy-loading[aria-busy="true"]');
    await busy.waitFor();
    expect(await busy.innerText()).toBe('Loading the result…');
    release();
    await page.locator('article.result[data-status="complete"]').waitFor({ timeout: 15_000 });
    expect(await busy.count()).toBe(0);
    await context.close();
  });
});
