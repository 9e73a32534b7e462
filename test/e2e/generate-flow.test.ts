import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeScenario } from '../support/fake-openai-scenarios.js';
import { startTestApp, type TestApp } from '../support/start-test-app.js';
import {
  fillJobDescription,
  launchBrowser,
  openApp,
  saveElementScreenshot,
  saveScreenshot,
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
beforeEach(() => testApp.fake.reset());

describe('generating questions', () => {
  it('streams cards in one by one, then shows cost, prompt and advice; regenerating keeps the first result', async () => {
    testApp.fake.enqueue(fakeScenario.streamReply({ chunkSize: 24, chunkDelayMs: 12, firstTokenDelayMs: 200 }));
    const { page, context, problems } = await openApp(browser, testApp.url);
    await fillJobDescription(page);
    await expect.poll(() => page.getByTestId('char-count').textContent()).toMatch(/^2\d\d \/ 5,000/);
    await expect.poll(() => page.getByTestId('estimate').textContent(), { timeout: 5000 }).toMatch(/tokens in.*\$/);
    await page.getByLabel('Number of questions').fill('4');
    await page.getByRole('button', { name: 'Generate questions' }).click();

    const result = page.locator('article.result').first();
    const firstCard = result.locator('.question-card:not(.skeleton)').first();
    await firstCard.waitFor();
    const pageTop = () => firstCard.evaluate((element) => element.getBoundingClientRect().top + window.scrollY);

    const firstCardTop = await pageTop();
    // The first card is on screen while the stream is still running.
    expect(await result.getAttribute('data-status')).toBe('streaming');
    expect(await page.getByTestId('progress').textContent()).toMatch(/of 4/);
    expect(await result.locator('.skeleton').count()).toBeGreaterThan(0);
    // A placeholder is as tall as the folded card that will replace it.
    const heights = await result.evaluate((element) => {
      const height = (selector: string) => element.querySelector(selector)!.getBoundingClientRect().height;
      return { card: height('.question-card:not(.skeleton)'), skeleton: height('.skeleton') };
    });
    expect(Math.abs(heights.card - heights.skeleton), JSON.stringify(heights)).toBeLessThanOrEqual(1);
    await page.getByRole('button', { name: 'Cancel' }).waitFor();
    // Tokens and dollars are shown as they are spent, before the exact usage arrives.
    await expect
      .poll(() => result.getByTestId('spent-so-far').textContent(), { timeout: 5000 })
      .toMatch(/So far ≈ [\d,]+ tokens \([\d,]+ in, [\d,]+ out\), ≈ \$0\.\d+/);
    await saveScreenshot(page, 'generate-streaming-1280');

    await result.and(page.locator('[data-status="complete"]')).waitFor({ timeout: 15_000 });
    expect(await result.locator('.question-card:not(.skeleton)').count()).toBe(4);
    // Later cards fill the space held for them: nothing above moved.
    expect(await pageTop()).toBe(firstCardTop);
    expect(await result.locator('.skeleton').count()).toBe(0);
    await expect.poll(() => result.getByTestId('generation-cost').textContent()).toMatch(/^\$/);
    expect(await page.getByTestId('session-cost').textContent()).toMatch(/\$\d.*1 generation/);
    await result.getByRole('heading', { name: 'How to prepare' }).waitFor();
    await result.getByRole('heading', { name: 'Strategy for this interview' }).waitFor();

    await result.getByText('Prompt inspector').click();
    const systemPrompt = result.locator('.prompt-message pre').first();
    expect((await systemPrompt.textContent())!.length).toBeGreaterThan(100);
    const lastUser = (await testApp.fake.requests[0]!.body['messages']) as { content: string }[];
    expect(await result.locator('.prompt-message pre').last().textContent()).toBe(lastUser.at(-1)!.content);
    // The fake accepts strict schemas, as OpenAI does: the inspector says that is how JSON was asked for.
    expect(testApp.fake.requests[0]!.body['response_format']).toMatchObject({ type: 'json_schema' });
    expect(await result.locator('.prompt-inspector').getByTestId('response-format').innerText()).toBe(
      'Strict JSON schema',
    );
    await saveElementScreenshot(result.locator('.prompt-inspector'), 'prompt-inspector-1280');

    await firstCard.getByText('Hints').click();
    await firstCard.getByText('Follow-up questions').click();
    await saveScreenshot(page, 'generate-complete-1280');

    // Expand all / Collapse all opens and closes every section of this result.
    await result.getByRole('button', { name: 'Expand all' }).click();
    expect(await result.locator('details.card-section:not([open])').count()).toBe(0);
    await result.getByRole('button', { name: 'Collapse all' }).click();
    expect(await result.locator('details.card-section[open]').count()).toBe(0);

    await result.getByRole('button', { name: 'Regenerate' }).click();
    await page.locator('article.result').nth(1).waitFor();
    await page.locator('article.result[data-status="complete"]').nth(1).waitFor({ timeout: 15_000 });
    expect(await page.locator('article.result').count()).toBe(2);
    // The earlier result folds to its header, below a visible separator, and can be shown again.
    const earlier = page.locator('article.result').nth(1);
    expect(await earlier.locator('.question-card').count()).toBe(0);
    expect(await page.getByText('Earlier result').isVisible()).toBe(true);
    await saveScreenshot(page, 'regenerate-earlier-folded-1280');
    await earlier.getByRole('button', { name: 'Show' }).click();
    expect(await earlier.locator('.question-card').count()).toBe(4);
    expect(await earlier.getByRole('button', { name: 'Collapse result' }).getAttribute('aria-expanded')).toBe('true');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('names the response format the server accepted: JSON mode when it refuses the strict schema', async () => {
    testApp.fake.enqueue(fakeScenario.jsonSchemaUnsupported(), fakeScenario.streamReply());
    const { page, context, problems } = await openApp(browser, testApp.url);
    await fillJobDescription(page);
    await page.getByLabel('Number of questions').fill('2');
    await page.getByRole('button', { name: 'Generate questions' }).click();
    const result = page.locator('article.result[data-status="complete"]');
    await result.waitFor({ timeout: 15_000 });
    expect(testApp.fake.requests.map((request) => (request.body['response_format'] as { type: string }).type)).toEqual([
      'json_schema',
      'json_object',
    ]);
    await result.getByText('Prompt inspector').click();
    expect(await result.getByTestId('response-format').innerText()).toBe(
      'JSON mode (the server refused the strict schema)',
    );
    expect(problems).toEqual([]);
    await context.close();
  });

  it('lays out at 375 px without horizontal scrolling', async () => {
    const { page, context, problems } = await openApp(browser, testApp.url, { viewport: { width: 375, height: 800 } });
    await fillJobDescription(page);
    await page.getByRole('button', { name: 'Generate questions' }).click();
    await page.locator('article.result[data-status="complete"]').waitFor({ timeout: 15_000 });
    await page.locator('.question-card').first().getByText('Answer approach').click();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await saveScreenshot(page, 'generate-complete-375');
    expect(problems).toEqual([]);
    await context.close();
  });
});
