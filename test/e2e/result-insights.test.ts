import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeScenario } from '../support/fake-openai-scenarios.js';
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

/** Two generations, a reload and a re-opened session: more than the default 20 s when every browser test runs at once. */
const TEST_MS = 45_000;

const PROFILE = 'Backend engineer for seven years at a card-payments processor; led the move of settlement jobs to Go.';
const NOTE = 'The posting asks candidates to pay a "training fee" before the interview: check the employer is real.';

/** The reply the fake writes, with a note on the posting added. */
function withPostingNote(reply: string): string {
  return JSON.stringify({ ...(JSON.parse(reply) as Record<string, unknown>), postingNotes: [NOTE] });
}

/** The saved session a result links its exports to. */
async function sessionOf(result: Locator): Promise<{ id: string; request: Record<string, unknown> }> {
  const href = await result.getByRole('link', { name: 'JSON' }).getAttribute('href');
  const id = decodeURIComponent(/\/api\/sessions\/([^/]+)\/export/.exec(href ?? '')![1]!);
  const session = (await (await fetch(`${testApp.url}/api/sessions/${encodeURIComponent(id)}`)).json()) as {
    request: Record<string, unknown>;
  };
  return { id, request: session.request };
}

function generationBodies(page: Page): Record<string, unknown>[] {
  const bodies: Record<string, unknown>[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && request.url().endsWith('/api/generations'))
      bodies.push(JSON.parse(request.postData() ?? '{}') as Record<string, unknown>);
  });
  return bodies;
}

describe('a result with the posting read, a plan and notes', () => {
  it(
    'shows the posting words, stage, signals and red flags on cards, a tickable plan, the notes; regenerates without repeats',
    async () => {
      testApp.fake.enqueue(fakeScenario.streamReply({ content: withPostingNote }));
      const { page, context, problems } = await openApp(browser, testApp.url);
      const bodies = generationBodies(page);
      await fillJobDescription(page);

      // The background is folded away until asked for; what is typed in it goes with the request.
      const background = page.locator('details.background');
      expect(await background.getAttribute('open')).toBeNull();
      expect(await page.getByLabel('Your CV or a few lines about you').isVisible()).toBe(false);
      await page.getByText('Your background (optional)').click();
      await page.getByLabel('Your CV or a few lines about you').fill(PROFILE);
      expect(await page.getByTestId('profile-char-count').innerText()).toMatch(/^\d+ \/ 8,000/);
      await page.getByLabel('Number of questions').fill('3');
      await page.getByRole('button', { name: 'Generate questions' }).click();

      const result = page.locator('article.result').first();
      await result.and(page.locator('[data-status="complete"]')).waitFor({ timeout: 15_000 });
      expect(bodies[0]).toMatchObject({ candidateProfile: PROFILE });
      expect(bodies[0]).not.toHaveProperty('previousSessionId');
      const first = await sessionOf(result);
      expect(first.request['candidateProfile']).toBe(PROFILE);

      // Notes on the posting come first, above the questions.
      const notes = result.getByTestId('posting-notes');
      expect(await notes.getAttribute('role')).toBe('alert');
      expect(await notes.getByRole('heading', { name: 'Check this posting' }).isVisible()).toBe(true);
      expect(await notes.innerText()).toContain('training fee');
      const notesBottom = await notes.evaluate((element) => element.getBoundingClientRect().bottom);
      const listTop = await result
        .getByRole('list', { name: 'Questions' })
        .evaluate((element) => element.getBoundingClientRect().top);
      expect(notesBottom).toBeLessThanOrEqual(listTop);

      // A card: the posting's words and the stage up front; signals and red flags in "looks for".
      const card = result.locator('.question-card').first();
      expect(await card.locator('.based-on').innerText()).toBe(
        'From the posting: design and run Go services on Kubernetes',
      );
      expect(await card.locator('.chip-stage').innerText()).toBe('Stage: panel interview');
      expect(await result.locator('.question-card').nth(1).locator('.chip-stage').count()).toBe(0);
      await card.getByText('What the interviewer looks for').click();
      const looksFor = card.locator('details.card-section[open]');
      expect(await looksFor.getByRole('heading', { name: 'A strong answer shows' }).isVisible()).toBe(true);
      expect(await looksFor.getByRole('heading', { name: 'Red flags' }).isVisible()).toBe(true);
      expect(await looksFor.innerText()).toMatch(
        /Names a concrete trade-off \(1\)[\s\S]*Vague answer without numbers \(1\)/,
      );

      // The posting as read, and totals computed from the questions (5 + 10 + 15 minutes).
      const summary = result.getByRole('region', { name: 'At a glance' });
      expect(await summary.innerText()).toMatch(/Occupation\s+Senior backend engineer[\s\S]*Sector\s+Payments/);
      expect(await summary.getByTestId('total-minutes').innerText()).toBe('≈ 30 min');
      expect(await summary.getByTestId('difficulty-mix').innerText()).toBe('1 easy · 1 medium · 1 hard');
      expect(await summary.getByRole('list', { name: 'Competencies the posting assesses' }).innerText()).toMatch(
        /Ownership[\s\S]*Mentoring/,
      );

      // The plan is a checklist: each step with why, minutes and the questions it serves.
      const plan = result.getByRole('region', { name: 'How to prepare' });
      const firstStep = plan.getByRole('checkbox', { name: 'Map each requirement to one story or example.' });
      expect(await plan.locator('.plan-step').first().innerText()).toMatch(
        /Why: The posting asks[\s\S]*≈ 30 min · for questions 1, 2/,
      );
      expect(await plan.locator('.plan-step').nth(1).innerText()).toMatch(/for the whole round/);
      expect(await plan.getByTestId('plan-progress').innerText()).toBe('0 of 4 done · about 90 min in all');
      await firstStep.check();
      expect(await firstStep.isChecked()).toBe(true);
      expect(await plan.getByTestId('plan-progress').innerText()).toMatch(/^1 of 4 done/);

      await page.setViewportSize({ width: 1280, height: 2400 });
      await result.scrollIntoViewIfNeeded();
      await page.screenshot({ path: '/tmp/result-view.png', fullPage: true, animations: 'disabled' });
      await saveScreenshot(page, 'result-insights-1280');
      await page.setViewportSize({ width: 1280, height: 900 });

      // Regenerate: the same request, naming the session whose questions are not to be repeated.
      await result.getByRole('button', { name: 'Regenerate' }).click();
      const second = page.locator('article.result').first();
      await page.locator('article.result[data-status="complete"]').nth(1).waitFor({ timeout: 15_000 });
      expect(bodies[1]).toMatchObject({ candidateProfile: PROFILE, previousSessionId: first.id });
      const regenerated = await sessionOf(second);
      expect(regenerated.id).not.toBe(first.id);
      expect(regenerated.request['previousSessionId']).toBe(first.id);
      // No notes this time: no notice.
      expect(await second.getByTestId('posting-notes').count()).toBe(0);

      // The ticks are kept with the session in this browser: still there when it is opened again.
      await page.reload();
      await page.locator('.history-item').nth(1).locator('.history-title').click();
      const reopened = page.locator('article.result').first();
      await reopened.getByRole('region', { name: 'How to prepare' }).waitFor();
      expect(
        await reopened.getByRole('checkbox', { name: 'Map each requirement to one story or example.' }).isChecked(),
      ).toBe(true);
      // From history the notice is there, without interrupting as an alert.
      expect(await reopened.getByTestId('posting-notes').getAttribute('role')).toBeNull();
      expect(problems).toEqual([]);
      await context.close();
    },
    TEST_MS,
  );
});
