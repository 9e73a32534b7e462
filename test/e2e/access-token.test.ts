import fs from 'node:fs/promises';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/start-test-app.js';
import { fillJobDescription, launchBrowser, saveElementScreenshot, saveScreenshot } from './support/launch-browser.js';

const APP_TOKEN = 'e2e-access-token-7c1f0a9b3d5e';

let testApp: TestApp;
let browser: Browser;

beforeAll(async () => {
  [testApp, browser] = await Promise.all([startTestApp({ env: { APP_TOKEN } }), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await testApp?.close();
});

it(
  'asks for the access token once, then works as usual: generate, export (through the cookie), reload',
  { timeout: 40_000 },
  async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      // The wrong token's 401 is logged by the browser itself as a failed resource; nothing else may be.
      if (message.type() === 'error' && !message.text().includes('401')) problems.push(`console: ${message.text()}`);
    });
    await page.goto(testApp.url);

    const panel = page.getByRole('region', { name: 'Enter the access token' });
    await panel.waitFor();
    expect(await page.getByRole('button', { name: 'Generate questions' }).count()).toBe(0);
    const field = page.getByLabel('Access token', { exact: true });
    await expect.poll(() => field.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await field.getAttribute('type')).toBe('password');
    await saveElementScreenshot(panel, 'access-token-panel');

    await field.fill('not-the-token');
    await page.getByRole('button', { name: 'Continue' }).click();
    await panel.getByText(/That access token is not right/).waitFor();
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    await saveScreenshot(page, 'access-token-wrong-1280');
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.filter((violation) => ['serious', 'critical'].includes(violation.impact ?? ''))).toEqual([]);

    await field.fill(APP_TOKEN);
    await field.press('Enter');
    await page.getByRole('button', { name: 'Generate questions' }).waitFor();
    expect(await panel.count()).toBe(0);

    const [cookie] = await context.cookies();
    expect(cookie).toMatchObject({ name: 'interview_prep_access', httpOnly: true, sameSite: 'Strict', secure: false });
    expect(cookie!.value).not.toContain(APP_TOKEN);
    expect(await page.evaluate(() => document.cookie)).toBe('');

    await fillJobDescription(page);
    await page.getByLabel('Number of questions').fill('2');
    await page.getByRole('button', { name: 'Generate questions' }).click();
    const result = page.locator('article.result').first();
    await result.and(page.locator('[data-status="complete"]')).waitFor({ timeout: 15_000 });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      result.getByRole('group', { name: 'Export this session' }).getByRole('link', { name: 'Markdown' }).click(),
    ]);
    expect(await fs.readFile(await download.path(), 'utf8')).toContain('Senior Backend Engineer');

    await page.reload();
    await page.getByRole('button', { name: 'Generate questions' }).waitFor();
    expect(await panel.count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  },
);
