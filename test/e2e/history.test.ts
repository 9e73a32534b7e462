import fs from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
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
beforeEach(async () => {
  testApp.fake.reset();
  await fetch(`${testApp.url}/api/sessions`, { method: 'DELETE' });
});

async function generate(page: Page, options: { interviewType?: string; questionCount?: number } = {}): Promise<void> {
  await fillJobDescription(page);
  if (options.interviewType) await page.getByLabel('Interview type').selectOption(options.interviewType);
  await page.getByLabel('Number of questions').fill(String(options.questionCount ?? 2));
  const before = await page.locator('article.result[data-status="complete"]').count();
  await page.getByRole('button', { name: 'Generate questions' }).click();
  await page.locator('article.result[data-status="complete"]').nth(before).waitFor({ timeout: 15_000 });
}

const historyItems = (page: Page) => page.locator('.history-item');

describe('history', () => {
  it('survives a reload; opening a session renders it like a fresh one; its settings refill the form', async () => {
    const { page, context, problems } = await openApp(browser, testApp.url);
    await generate(page, { interviewType: 'behavioral', questionCount: 3 });
    const fresh = page.locator('article.result').first();
    const freshQuestions = await fresh.locator('.question-text').allInnerTexts();
    await expect.poll(() => historyItems(page).count()).toBe(1);
    const sessionCost = await page.getByTestId('session-cost').innerText();

    await page.reload();
    await historyItems(page).first().waitFor();
    expect(await page.locator('article.result').count()).toBe(0);
    expect(await historyItems(page).first().innerText()).toMatch(
      /Senior Backend Engineer[\s\S]*Behavioral[\s\S]*Mid-level[\s\S]*3 questions[\s\S]*\$/,
    );
    // The session total lives in sessionStorage: a reload keeps it.
    expect(await page.getByTestId('session-cost').innerText()).toBe(sessionCost);
    expect(await page.getByTestId('all-time-cost').innerText()).toMatch(/^\$0\.\d+/);

    await historyItems(page).first().locator('.history-title').click();
    const opened = page.locator('article.result').first();
    await opened.waitFor();
    expect(await opened.locator('.question-text').allInnerTexts()).toEqual(freshQuestions);
    expect(await opened.innerText()).toMatch(
      /from history[\s\S]*How to prepare[\s\S]*Cost of this generation[\s\S]*Prompt inspector/,
    );
    // A saved session does not record its response format: the inspector says nothing about it.
    await opened.getByText('Prompt inspector').click();
    expect(await opened.locator('.prompt-message').count()).toBeGreaterThan(0);
    expect(await opened.getByTestId('response-format').count()).toBe(0);
    await opened.getByText('Prompt inspector').click();
    await saveScreenshot(page, 'history-opened-1280');

    await page.getByLabel('Interview type').selectOption('technical');
    await page.getByLabel('Job description').fill('');
    await opened.getByRole('button', { name: 'Use these settings' }).click();
    expect(await page.getByLabel('Interview type').inputValue()).toBe('behavioral');
    expect(await page.getByLabel('Number of questions').inputValue()).toBe('3');
    expect(await page.getByLabel('Job description').inputValue()).toContain('Senior Backend Engineer');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('deletes one session after confirmation, and clears all after confirmation', async () => {
    const { page, context } = await openApp(browser, testApp.url);
    await generate(page);
    await generate(page);
    await expect.poll(() => historyItems(page).count()).toBe(2);

    await historyItems(page)
      .first()
      .getByRole('button', { name: /^Delete/ })
      .click();
    await page.getByRole('button', { name: 'Keep' }).click();
    expect(await historyItems(page).count()).toBe(2);
    await historyItems(page)
      .first()
      .getByRole('button', { name: /^Delete/ })
      .click();
    // The two confirmation buttons sit on one line, under the item, in the narrow history column.
    const confirm = historyItems(page).first().getByRole('group');
    const confirmHeight = await confirm.evaluate((element) => element.getBoundingClientRect().height);
    const buttonHeight = await page
      .getByRole('button', { name: 'Keep' })
      .evaluate((element) => element.getBoundingClientRect().height);
    expect(confirmHeight).toBeLessThanOrEqual(buttonHeight + 1);
    await saveScreenshot(page, 'history-delete-confirm-1280');
    await page.getByRole('button', { name: 'Delete for good' }).click();
    await expect.poll(() => historyItems(page).count()).toBe(1);

    await page.getByRole('button', { name: 'Clear history' }).click();
    await page.getByRole('button', { name: 'Delete all sessions' }).click();
    await expect.poll(() => historyItems(page).count()).toBe(0);
    await page.getByText('Nothing saved yet').waitFor();
    const { sessions } = (await (await fetch(`${testApp.url}/api/sessions`)).json()) as { sessions: unknown[] };
    expect(sessions).toEqual([]);
    await context.close();
  });
});

describe('exports', () => {
  it('downloads each format with its extension, exports all as JSON and imports it back', async () => {
    const { page, context } = await openApp(browser, testApp.url);
    await generate(page);
    const result = page.locator('article.result').first();
    const exports = result.getByRole('group', { name: 'Export this session' });
    for (const [label, extension] of [
      ['JSON', '.json'],
      ['Markdown', '.md'],
      ['CSV', '.csv'],
      ['PDF', '.pdf'],
    ] as const) {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        exports.getByRole('link', { name: label }).click(),
      ]);
      expect(download.suggestedFilename().endsWith(extension), download.suggestedFilename()).toBe(true);
      const file = await download.path();
      expect((await fs.stat(file)).size).toBeGreaterThan(100);
      if (extension === '.pdf') expect((await fs.readFile(file)).subarray(0, 5).toString()).toBe('%PDF-');
    }

    const [allDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Export all (JSON)' }).click(),
    ]);
    expect(allDownload.suggestedFilename()).toMatch(/\.json$/);
    const exportFile = await allDownload.path();

    await page.getByRole('button', { name: 'Clear history' }).click();
    await page.getByRole('button', { name: 'Delete all sessions' }).click();
    await expect.poll(() => historyItems(page).count()).toBe(0);

    await page.getByLabel('Import (JSON)').setInputFiles(exportFile);
    await page.getByText('Imported 1 session.').waitFor();
    await expect.poll(() => historyItems(page).count()).toBe(1);

    await page.getByLabel('Import (JSON)').setInputFiles({
      name: 'not-an-export.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"hello":"world"}'),
    });
    const error = page.locator('[data-error-code="invalid_input"]');
    await error.waitFor();
    expect(await error.innerText()).not.toMatch(/\bat .+:\d+/);
    await saveScreenshot(page, 'history-import-error-1280');
    await context.close();
  });
});

describe('titles and imports', () => {
  it('a pasted HTML posting gets the same clean title in the fresh result as in history', async () => {
    const { page, context } = await openApp(browser, testApp.url);
    const html =
      '<div class="posting"><h1>Stellenausschreibung: Senior Softwareentwickler (m/w/d) Backend – München</h1>' +
      '<p>Wir suchen <b>eine erfahrene Person</b> für unsere Zahlungsplattform in Go und PostgreSQL.</p></div>';
    await page.getByLabel('Job description').fill(html);
    await page.getByLabel('Number of questions').fill('1');
    await page.getByRole('button', { name: 'Generate questions' }).click();
    await page.locator('article.result[data-status="complete"]').waitFor({ timeout: 15_000 });
    const freshTitle = await page.locator('article.result .result-title').first().innerText();
    expect(freshTitle).not.toMatch(/[<>]/);
    expect(freshTitle).not.toMatch(/…$/);
    await expect.poll(() => historyItems(page).count()).toBe(1);
    expect(await historyItems(page).first().locator('.history-title').innerText()).toBe(freshTitle);
    await saveScreenshot(page, 'result-html-title-1280');
    await context.close();
  });

  it('an import says how many sessions history could not keep', async () => {
    const small = await startTestApp({ env: { SESSION_HISTORY_LIMIT: '2' }, fake: testApp.fake });
    try {
      const { page, context } = await openApp(browser, small.url);
      await generate(page);
      await generate(page);
      await expect.poll(() => historyItems(page).count()).toBe(2);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: 'Export all (JSON)' }).click(),
      ]);
      const exportFile = await download.path();
      await page.getByRole('button', { name: 'Clear history' }).click();
      await page.getByRole('button', { name: 'Delete all sessions' }).click();
      await expect.poll(() => historyItems(page).count()).toBe(0);
      // A newer session: of the two older ones in the file, only one fits the limit of two.
      await generate(page);
      await expect.poll(() => historyItems(page).count()).toBe(1);
      await page.getByLabel('Import (JSON)').setInputFiles(exportFile);
      await page
        .getByText('Imported 1 session. 1 was older than the newest 2 kept in history and was not added.')
        .waitFor();
      expect(await page.getByTestId('all-time-cost').locator('..').innerText()).toMatch(/Saved history \(2 sessions\)/);
      await context.close();
    } finally {
      await small.close();
    }
  });
});
