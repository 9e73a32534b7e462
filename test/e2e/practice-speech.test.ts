import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/start-test-app.js';
import { launchBrowser, openApp } from './support/launch-browser.js';
import { generateBehavioralSet, openPractice } from './support/practice-page.js';

let testApp: TestApp;
let browser: Browser;

beforeAll(async () => {
  [testApp, browser] = await Promise.all([startTestApp(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await testApp?.close();
});

const PHRASES = [
  'Last spring our payment service kept timing out at peak hours',
  'I traced it to a missing index and rolled out the fix at night',
];

/**
 * A SpeechRecognition stand-in: Chromium's own needs Google's servers. It "hears" PHRASES with a
 * 1.2 s silence between them, or fails with `failWith` as Chromium does offline ("network").
 */
function installSpeechStandIn(page: Page, options: { phrases: string[]; failWith: string | null }) {
  return page.addInitScript(({ phrases, failWith }) => {
    class StandInRecognition {
      continuous = false;
      interimResults = false;
      lang = '';
      onresult: ((event: unknown) => void) | null = null;
      onerror: ((event: unknown) => void) | null = null;
      onend: (() => void) | null = null;
      private timers: number[] = [];
      start() {
        if (failWith) {
          this.timers.push(window.setTimeout(() => (this.onerror?.({ error: failWith }), this.onend?.()), 50));
          return;
        }
        const results: { transcript: string }[][] = [];
        phrases.forEach((phrase, index) => {
          this.timers.push(
            window.setTimeout(
              () => {
                results.push([{ transcript: index === 0 ? phrase : ` ${phrase}` }]);
                this.onresult?.({ results: results.map((result) => result) });
              },
              100 + index * 1200,
            ),
          );
        });
      }
      stop() {
        this.timers.forEach((timer) => window.clearTimeout(timer));
        window.setTimeout(() => this.onend?.(), 10);
      }
      abort() {
        this.stop();
      }
    }
    Object.assign(window, { SpeechRecognition: StandInRecognition, webkitSpeechRecognition: StandInRecognition });
  }, options);
}

describe('speaking an answer', () => {
  it('puts what was heard into the editable textarea and sends it as spoken, with the longest pause', async () => {
    const { page, context, problems } = await openApp(browser, testApp.url);
    await installSpeechStandIn(page, { phrases: PHRASES, failWith: null });
    await page.reload();
    await generateBehavioralSet(page);
    const view = await openPractice(page);
    const textarea = view.getByRole('textbox', { name: 'Your answer', exact: true });
    await view.getByRole('button', { name: 'Speak' }).click();
    await expect.poll(() => textarea.inputValue(), { timeout: 5000 }).toBe(PHRASES.join(' '));
    await view.getByRole('button', { name: 'Stop speaking' }).click();
    await view.getByRole('button', { name: 'Speak' }).waitFor();
    // The transcript can be edited before it is sent.
    await textarea.press('End');
    await textarea.pressSequentially('. Latency fell tenfold.');
    const request = page.waitForRequest((candidate) => candidate.url().endsWith('/api/practice'));
    await view.getByRole('button', { name: 'Get feedback' }).click();
    const body = (await request).postDataJSON() as Record<string, unknown>;
    expect(body).toMatchObject({ spoken: true, answer: `${PHRASES.join(' ')}. Latency fell tenfold.` });
    expect(body['longestPauseSeconds']).toBeGreaterThanOrEqual(1);
    expect(body['longestPauseSeconds']).toBeLessThan(3);
    expect(body['durationSeconds']).toBeGreaterThanOrEqual(1);
    const attempt = view.locator('article.attempt[data-status="complete"]');
    await attempt.waitFor({ timeout: 15_000 });
    expect(await attempt.getByTestId('delivery').innerText()).toMatch(/Longest pause/);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('says speech is not available when recognition fails with "network", and typing still works', async () => {
    const { page, context, problems } = await openApp(browser, testApp.url);
    await installSpeechStandIn(page, { phrases: [], failWith: 'network' });
    await page.reload();
    await generateBehavioralSet(page);
    const view = await openPractice(page);
    await view.getByRole('button', { name: 'Speak' }).click();
    const note = view.getByTestId('speech-note');
    await note.waitFor();
    expect(await note.innerText()).toMatch(/Speech recognition is not available here/);
    expect(await view.getByRole('button', { name: 'Speak' }).count()).toBe(0);
    const textarea = view.getByRole('textbox', { name: 'Your answer', exact: true });
    await textarea.fill('I would type my answer instead, and it still gets scored.');
    await view.getByRole('button', { name: 'Get feedback' }).click();
    await view.locator('article.attempt[data-status="complete"]').waitFor({ timeout: 15_000 });
    expect(problems).toEqual([]);
    await context.close();
  });
});
