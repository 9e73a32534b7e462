import type { Browser } from 'playwright-core';
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
beforeEach(() => testApp.fake.reset());

describe('a custom model id', () => {
  it('can be typed key by key: the panel stays open, no error before leaving the field, and the id is sent', async () => {
    const { page, context, problems } = await openApp(browser, testApp.url);
    await fillJobDescription(page);
    const advanced = page.locator('details.advanced');
    await page.getByText('Advanced settings').click();
    await page.getByLabel('Model', { exact: true }).selectOption({ label: 'Other… (type a model id)' });
    const modelId = page.getByLabel('Model id');
    expect(await advanced.getAttribute('open')).not.toBeNull();
    // Nothing typed yet: no complaint.
    expect(await page.getByText('Enter a model id.').count()).toBe(0);

    await modelId.click();
    await page.keyboard.type('llama3.1:8b');
    expect(await advanced.getAttribute('open')).not.toBeNull();
    expect(await modelId.inputValue()).toBe('llama3.1:8b');
    await saveScreenshot(page, 'advanced-custom-model-typed-1280');

    // Emptied and left: now the error shows, and the panel still stays open.
    await modelId.fill('');
    await modelId.blur();
    await page.getByText('Enter a model id.').waitFor();
    await modelId.focus();
    await page.keyboard.type('llama3.1:8b');
    expect(await page.getByText('Enter a model id.').count()).toBe(0);
    expect(await advanced.getAttribute('open')).not.toBeNull();

    await page.getByLabel('Number of questions').fill('2');
    await page.getByRole('button', { name: 'Generate questions' }).click();
    await page.locator('article.result[data-status="complete"]').waitFor({ timeout: 15_000 });
    expect(testApp.fake.requests[0]?.body['model']).toBe('llama3.1:8b');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('left empty, the submit opens the panel and focuses the model id with its error', async () => {
    const { page, context } = await openApp(browser, testApp.url);
    await fillJobDescription(page);
    await page.getByText('Advanced settings').click();
    await page.getByLabel('Model', { exact: true }).selectOption({ label: 'Other… (type a model id)' });
    await page.getByText('Advanced settings').click();
    expect(await page.locator('details.advanced').getAttribute('open')).toBeNull();
    await page.getByRole('button', { name: 'Generate questions' }).click();
    await page.getByText('Enter a model id.').waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('field-custom-model');
    expect(testApp.fake.requests).toHaveLength(0);
    await context.close();
  });
});
