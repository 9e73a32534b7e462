import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/start-test-app.js';
import { launchBrowser, openApp } from './support/launch-browser.js';
import { generateBehavioralSet } from './support/practice-page.js';

let testApp: TestApp;
let browser: Browser;

beforeAll(async () => {
  [testApp, browser] = await Promise.all([startTestApp(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await testApp?.close();
});

describe('the practice view failing to load', () => {
  it('says so with a way back to the questions instead of a blank column', async () => {
    const { page, context } = await openApp(browser, testApp.url);
    // As after the app was rebuilt while the page stayed open: the lazily loaded chunk is gone.
    await page.route(/practice-view-[^/]*\.js$/, (route) => route.fulfill({ status: 404, body: 'Not Found' }));
    await generateBehavioralSet(page, 1);
    await page.getByRole('button', { name: 'Practice question 1' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Practice could not be opened' });
    await alert.waitFor();
    await alert.getByRole('button', { name: 'Back to the questions' }).click();
    await expect(page.getByRole('button', { name: 'Practice question 1' }).isVisible()).resolves.toBe(true);
    await context.close();
  });
});
