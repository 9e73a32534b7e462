import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeScenario } from '../support/fake-openai-scenarios.js';
import { startTestApp, type TestApp } from '../support/start-test-app.js';
import { launchBrowser, openApp, saveScreenshot } from './support/launch-browser.js';
import { generateBehavioralSet, LONGER_ANSWER, openPractice, TYPED_ANSWER } from './support/practice-page.js';

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

const FLOW_TEST_MS = 60_000;

describe('practising a question in coach mode', () => {
  it(
    'streams scores with quotes from the answer, continues with the follow-up, re-answers with the change, shows readiness',
    async () => {
      const { page, context, problems } = await openApp(browser, testApp.url);
      await generateBehavioralSet(page);
      const view = await openPractice(page);
      expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/Practice: question 1 of 2/);
      await view.getByText('Hints and answer framework').click();
      expect(await view.getByTestId('practice-help').isVisible()).toBe(true);

      // Slow chunks, so the criteria are seen arriving one by one.
      testApp.fake.enqueue(fakeScenario.streamReply({ chunkSize: 16, chunkDelayMs: 15 }));
      await view.getByLabel('Your answer', { exact: true }).fill(TYPED_ANSWER);
      await expect.poll(() => view.getByTestId('practice-timer').innerText()).toMatch(/00:0\d \/ \d+ min$/);
      await view.getByRole('button', { name: 'Get feedback' }).click();
      const attempt = view.locator('article.attempt').first();
      await attempt.locator('.criterion').first().waitFor();
      expect(await attempt.getAttribute('data-status')).toBe('streaming');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Feedback');
      await saveScreenshot(page, 'practice-streaming-1280');

      await attempt.and(page.locator('[data-status="complete"]')).waitFor({ timeout: 15_000 });
      expect(await attempt.locator('.criterion').count()).toBe(6);
      const quotes = await attempt.locator('.evidence q').allInnerTexts();
      expect(quotes.length).toBeGreaterThan(0);
      for (const quote of quotes) expect(TYPED_ANSWER).toContain(quote);
      expect(await attempt.getByTestId('criterion-score').first().innerText()).toMatch(/^[1-4] · |^No evidence$/);
      await attempt.getByTestId('rewrite').waitFor();
      expect(await attempt.getByTestId('delivery').innerText()).toMatch(/Words\s+\d+/);
      // The follow-up box takes the focus when the feedback ends.
      const followUp = view.getByTestId('follow-up');
      expect(await followUp.getByTestId('follow-up-question').innerText()).toMatch(/\?$/);
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('practice-follow-up-answer');
      await expect.poll(() => page.getByTestId('session-cost').textContent()).toMatch(/1 practice call/);
      await saveScreenshot(page, 'practice-feedback-1280');

      // "Why this score?" streams an explanation and counts as a practice call.
      await attempt.getByRole('button', { name: 'Why this score?' }).first().click();
      await expect.poll(() => attempt.getByTestId('explanation').first().innerText()).toMatch(/The score rests on/);
      await expect.poll(() => page.getByTestId('session-cost').textContent()).toMatch(/2 practice calls/);

      await followUp.getByLabel('Your answer to the follow-up').fill(TYPED_ANSWER);
      await followUp.getByRole('button', { name: 'Get feedback' }).click();
      const second = view.locator('article.attempt').nth(1);
      await second.and(page.locator('[data-status="complete"]')).waitFor({ timeout: 15_000 });
      expect(await second.getByRole('heading', { name: 'Follow-up 1' }).isVisible()).toBe(true);
      const practiceRequests = testApp.fake.requests.filter((request) =>
        JSON.stringify(request.body).includes('practice_feedback'),
      );
      expect(practiceRequests.length).toBe(2);

      await view.getByRole('button', { name: 'Answer again' }).click();
      expect(await view.locator('article.attempt').count()).toBe(0);
      await view.getByLabel('Your answer', { exact: true }).fill(LONGER_ANSWER);
      await view.getByRole('button', { name: 'Get feedback' }).click();
      const reanswer = view.locator('article.attempt').first();
      await reanswer.and(page.locator('[data-status="complete"]')).waitFor({ timeout: 15_000 });
      const changes = reanswer.getByTestId('criterion-changes');
      await changes.waitFor();
      expect(await changes.innerText()).toMatch(/[+-]\d/);

      await view.getByText('Readiness for this session').click();
      const readiness = view.getByTestId('readiness');
      expect(await readiness.getByTestId('questions-practised').innerText()).toBe('1 of 2 questions practised');
      expect(await readiness.getByTestId('weakest-area').innerText()).toMatch(/^Weakest area: \S/);
      expect(await readiness.locator('svg.bar-svg').count()).toBeGreaterThan(0);
      expect(await readiness.locator('svg.trend-svg circle').count()).toBe(3);
      expect(await readiness.locator('table caption').allInnerTexts()).toEqual([
        'Average score per criterion',
        'Average score per attempt',
      ]);
      await saveScreenshot(page, 'practice-readiness-1280');

      await view.getByRole('button', { name: 'Back to the questions' }).click();
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
        .toBe('Practice question 1');
      expect(problems).toEqual([]);
      await context.close();
    },
    FLOW_TEST_MS,
  );

  it(
    'interview mode hides hints and feedback until the end, then shows the report from saved feedback',
    async () => {
      const { page, context, problems } = await openApp(browser, testApp.url);
      await generateBehavioralSet(page);
      const view = await openPractice(page, 2);
      await view.getByLabel(/Interview: hints hidden/).check();
      expect(await view.getByTestId('practice-help').count()).toBe(0);
      await view.getByLabel('Your answer', { exact: true }).fill(TYPED_ANSWER);
      await view.getByRole('button', { name: 'Send answer' }).click();
      const attempt = view.locator('article.attempt').first();
      await attempt.and(page.locator('[data-status="complete"]')).waitFor({ timeout: 15_000 });
      expect(await attempt.locator('.criterion').count()).toBe(0);
      await view.getByTestId('follow-up-question').waitFor();
      const callsBefore = testApp.fake.requests.length;
      await view.getByRole('button', { name: 'End interview' }).click();
      const report = view.getByTestId('interview-report');
      await report.waitFor();
      expect(await report.innerText()).toMatch(/Strength:/);
      expect(testApp.fake.requests.length).toBe(callsBefore);
      await saveScreenshot(page, 'practice-interview-report-1280');
      expect(problems).toEqual([]);
      await context.close();
    },
    FLOW_TEST_MS,
  );

  it(
    'cancels while scoring: the criteria already shown are kept and marked partial',
    async () => {
      const { page, context, problems } = await openApp(browser, testApp.url);
      await generateBehavioralSet(page);
      const view = await openPractice(page);
      testApp.fake.enqueue(fakeScenario.streamReply({ chunkSize: 12, chunkDelayMs: 40 }));
      await view.getByRole('textbox', { name: 'Your answer', exact: true }).fill(TYPED_ANSWER);
      await view.getByRole('button', { name: 'Get feedback' }).click();
      const attempt = view.locator('article.attempt').first();
      await attempt.locator('.criterion').first().waitFor({ timeout: 10_000 });
      await view.getByRole('button', { name: 'Cancel' }).click();
      await attempt.and(page.locator('[data-status="stopped"]')).waitFor({ timeout: 10_000 });
      expect(await attempt.getByRole('heading', { name: 'Feedback (partial)' }).isVisible()).toBe(true);
      expect(await attempt.locator('[data-error-code="cancelled"]').innerText()).toMatch(/kept/);
      expect(await view.getByRole('button', { name: 'Answer again' }).isVisible()).toBe(true);
      expect(problems).toEqual([]);
      await context.close();
    },
    FLOW_TEST_MS,
  );
});
