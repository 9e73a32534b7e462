import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { fakeScenario } from '../support/fake-openai-scenarios.js';
import { startTestApp, type TestApp } from '../support/start-test-app.js';
import { fillJobDescription, launchBrowser, openApp, saveScreenshot } from './support/launch-browser.js';

let testApp: TestApp;
let browser: Browser;

beforeAll(async () => {
  [testApp, browser] = await Promise.all([
    startTestApp({ env: { BUDGET_USD_PER_DAY: '0.10', BUDGET_USD_PER_SESSION: '0.50' } }),
    launchBrowser(),
  ]);
  // gpt-5.4-mini: 20,000 tokens in + 10,000 out cost $0.06.
  testApp.fake.setDefault(
    fakeScenario.streamReply({ usage: { promptTokens: 20_000, completionTokens: 10_000, cachedTokens: 0 } }),
  );
});
afterAll(async () => {
  await browser?.close();
  await testApp?.close();
});

it('shows the budget left next to the estimate, refreshed after each generation, and explains the refusal', async () => {
  const { page, context, problems } = await openApp(browser, testApp.url);
  const budget = page.getByTestId('budget');
  expect(await budget.innerText()).toBe('Budget left today: $0.10 of $0.10 · at most $0.50 per session');
  await fillJobDescription(page);
  await page.getByLabel('Number of questions').fill('3');
  await page.getByTestId('estimate').waitFor();
  const generate = page.getByRole('button', { name: 'Generate questions' });

  await generate.click();
  await page.locator('article.result[data-status="complete"]').first().waitFor({ timeout: 15_000 });
  await expect.poll(() => budget.innerText()).toMatch(/^Budget left today: \$0\.04 of \$0\.10/);
  await saveScreenshot(page, 'budget-left-1280');

  await generate.click();
  await expect.poll(() => page.locator('article.result[data-status="complete"]').count()).toBe(2);
  await expect.poll(() => budget.innerText()).toMatch(/^Budget left today: \$0\.00 of \$0\.10/);
  expect(await budget.innerText()).toMatch(/does not fit what is left today/);

  await generate.click();
  const banner = page.locator('[data-error-code="budget_exceeded"]').first();
  await banner.waitFor({ timeout: 15_000 });
  expect(await banner.innerText()).toMatch(
    /Spending budget reached[\s\S]*Today's spending budget is used up \(\$0\.12 of \$0\.10 spent, BUDGET_USD_PER_DAY\)[\s\S]*midnight UTC, in about/,
  );
  expect(testApp.fake.requests).toHaveLength(2);
  expect(problems.filter((problem) => !problem.includes('429'))).toEqual([]);
  await context.close();
});
