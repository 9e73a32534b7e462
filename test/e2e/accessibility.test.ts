import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeScenario } from '../support/fake-openai-scenarios.js';
import { startTestApp, type TestApp } from '../support/start-test-app.js';
import {
  fillJobDescription,
  launchBrowser,
  openApp,
  saveElementScreenshot,
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

/** Serious and critical axe violations, as readable lines. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.passes.length).toBeGreaterThan(10);
  const minor = results.violations.filter(
    (violation) => violation.impact !== 'serious' && violation.impact !== 'critical',
  );
  if (minor.length > 0) process.stdout.write(`axe (minor): ${minor.map((violation) => violation.id).join(', ')}\n`);
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/** Four axe runs and a generation: more than the default 20 s when every browser test runs at once. */
const AXE_TEST_MS = 40_000;

describe.each(['light', 'dark'] as const)('axe-core in the %s theme', (colorScheme) => {
  it(
    'finds no serious or critical violations: empty form, form errors, a full result with open sections',
    async () => {
      const { page, context, problems } = await openApp(browser, testApp.url, { colorScheme });
      expect(await seriousViolations(page)).toEqual([]);

      await page.getByLabel('Job description').fill('too short');
      await page.getByLabel('Number of questions').fill('40');
      await page.getByRole('button', { name: 'Generate questions' }).click();
      await page.locator('#field-job-description-error').waitFor();
      await page.getByText('Advanced settings').click();
      expect(await seriousViolations(page)).toEqual([]);

      testApp.fake.enqueue(fakeScenario.streamReply({ content: (reply) => reply }));
      await fillJobDescription(page);
      await page.getByLabel('Number of questions').fill('3');
      await page.getByLabel('Interview type').selectOption('case_study');
      await page.getByLabel('Prompt technique').selectOption('structured_output');
      await page.getByRole('button', { name: 'Generate questions' }).click();
      const result = page.locator('article.result[data-status="complete"]');
      await result.waitFor({ timeout: 15_000 });
      for (const summary of await result.locator('.question-card').first().locator('summary').all())
        await summary.click();
      await result.getByText('Prompt inspector').click();
      expect(await seriousViolations(page)).toEqual([]);
      await saveScreenshot(page, `result-case-study-${colorScheme}-1280`);
      await saveElementScreenshot(result.locator('.prompt-inspector'), `prompt-inspector-${colorScheme}-1280`);
      await page.setViewportSize({ width: 375, height: 800 });
      await page.locator('article.result').first().scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, `result-${colorScheme}-375-viewport.png`) });
      expect(problems).toEqual([]);
      await context.close();
    },
    AXE_TEST_MS,
  );
});
