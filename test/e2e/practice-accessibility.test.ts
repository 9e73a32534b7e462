import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/start-test-app.js';
import { launchBrowser, openApp, saveScreenshot, SCREENSHOT_DIR } from './support/launch-browser.js';
import { generateBehavioralSet, TYPED_ANSWER } from './support/practice-page.js';

let testApp: TestApp;
let browser: Browser;

beforeAll(async () => {
  [testApp, browser] = await Promise.all([startTestApp(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await testApp?.close();
});

const TEST_MS = 60_000;

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

function focusedText(page: Page): Promise<string | null | undefined> {
  return page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent);
}

type FocusMove = { id: string; text: string };

/** From now on, the page keeps each element that takes focus (its id, and its label or text). */
async function recordFocusMoves(page: Page): Promise<void> {
  await page.evaluate(() => {
    const moves: FocusMove[] = [];
    Object.assign(window, { focusMoves: moves });
    document.addEventListener('focusin', (event) => {
      const element = event.target as HTMLElement;
      moves.push({ id: element.id, text: element.getAttribute('aria-label') ?? element.textContent ?? '' });
    });
  });
}

function focusMoves(page: Page): Promise<FocusMove[]> {
  return page.evaluate(() => (window as unknown as { focusMoves: FocusMove[] }).focusMoves);
}

/** Presses Tab until the focused element's label or text matches, at most `limit` times. */
async function tabTo(page: Page, pattern: RegExp, limit = 40): Promise<void> {
  for (let step = 0; step < limit; step += 1) {
    await page.keyboard.press('Tab');
    if (pattern.test((await focusedText(page)) ?? '')) return;
  }
  throw new Error(`No focusable element matching ${pattern} within ${limit} tabs`);
}

async function tabToId(page: Page, id: string, limit = 20): Promise<void> {
  for (let step = 0; step < limit; step += 1) {
    await page.keyboard.press('Tab');
    if ((await page.evaluate(() => document.activeElement?.id)) === id) return;
  }
  throw new Error(`#${id} was not reached within ${limit} tabs`);
}

describe('practice, keyboard only', () => {
  it(
    'opens practice, answers, reads feedback and answers the follow-up with the keyboard alone',
    async () => {
      const { page, context, problems } = await openApp(browser, testApp.url);
      await generateBehavioralSet(page);
      await page.getByRole('button', { name: 'Practice question 1' }).focus();
      await page.keyboard.press('Enter');
      await page.getByTestId('practice-view').waitFor();
      await expect.poll(() => focusedText(page)).toMatch(/^Practice: question 1/);
      await tabTo(page, /^Back to the questions$/);
      // Past the hints disclosure and the mode radios to the answer.
      await tabToId(page, 'practice-first-answer');
      await page.keyboard.type(TYPED_ANSWER);
      await tabTo(page, /^Get feedback$/);
      await recordFocusMoves(page);
      await page.keyboard.press('Enter');
      // Focus goes to the feedback heading when it starts, then to the follow-up's answer when that
      // arrives: with a fast upstream both can happen between two polls, so the moves are recorded.
      await expect
        .poll(async () => (await focusMoves(page)).map((move) => move.id), { timeout: 15_000 })
        .toContain('practice-follow-up-answer');
      const moves = await focusMoves(page);
      expect(moves.map((move) => move.text)).toContain('Feedback');
      expect(moves.findIndex((move) => move.text === 'Feedback')).toBeLessThan(
        moves.findIndex((move) => move.id === 'practice-follow-up-answer'),
      );
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('practice-follow-up-answer');
      await page.keyboard.type(TYPED_ANSWER);
      await tabTo(page, /^Get feedback$/);
      await page.keyboard.press('Enter');
      await page.locator('article.attempt[data-status="complete"]').nth(1).waitFor({ timeout: 15_000 });
      expect(problems).toEqual([]);
      await context.close();
    },
    TEST_MS,
  );
});

describe.each(['light', 'dark'] as const)('practice in the %s theme', (colorScheme) => {
  it(
    'has no serious axe violations with feedback, follow-up and readiness open; screenshots at 1280 and 375 px',
    async () => {
      const { page, context, problems } = await openApp(browser, testApp.url, { colorScheme });
      await generateBehavioralSet(page);
      await page.getByRole('button', { name: 'Practice question 1' }).click();
      const view = page.getByTestId('practice-view');
      await view.getByText('Hints and answer framework').click();
      expect(await seriousViolations(page)).toEqual([]);
      await view.getByRole('textbox', { name: 'Your answer', exact: true }).fill(TYPED_ANSWER);
      await view.getByRole('button', { name: 'Get feedback' }).click();
      await view.locator('article.attempt[data-status="complete"]').waitFor({ timeout: 15_000 });
      await view.getByRole('button', { name: 'Why this score?' }).first().click();
      await view.getByTestId('explanation').waitFor();
      await view.getByText('Readiness for this session').click();
      await view.locator('svg.trend-svg').waitFor();
      expect(await seriousViolations(page)).toEqual([]);
      await saveScreenshot(page, `practice-${colorScheme}-1280`);
      await page.setViewportSize({ width: 375, height: 800 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      const wide = await page.evaluate(() =>
        [...document.querySelectorAll('.practice-view *')]
          .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 1)
          .slice(0, 5)
          .map((element) => `${element.tagName}.${element.className}`),
      );
      expect(overflow, wide.join(', ')).toBeLessThanOrEqual(0);
      await saveScreenshot(page, `practice-${colorScheme}-375`);
      for (const [part, locator] of [
        ['feedback', view.locator('.criterion').first()],
        ['readiness', view.getByTestId('readiness')],
      ] as const) {
        await locator.scrollIntoViewIfNeeded();
        await page.screenshot({ path: path.join(SCREENSHOT_DIR, `practice-${colorScheme}-375-${part}.png`) });
      }
      expect(problems).toEqual([]);
      await context.close();
    },
    TEST_MS,
  );
});
