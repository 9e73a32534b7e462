import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { DEFAULT_ERROR_MESSAGES } from '../../src/core/errors.js';
import { generationBody } from '../support/sse-client.js';
import { startTestApp, type TestApp } from '../support/start-test-app.js';
import { launchBrowser } from './support/launch-browser.js';
import { startForeignSite, type ForeignSite } from './support/start-foreign-site.js';

let testApp: TestApp;
let browser: Browser;
let site: ForeignSite;

/**
 * The attack page: what a malicious site can send without a CORS preflight. The body is JSON in a
 * text/plain (or form) request; the browser adds the page's own Origin, which the app refuses.
 */
function attackPage(appUrl: string): string {
  const body = JSON.stringify(generationBody());
  return `<!doctype html><title>Win a prize</title>
<form id="form" method="post" action="${appUrl}/api/sessions/import" enctype="text/plain">
  <input name='{"sessions":[],"x":"' value='"}'>
</form>
<script>
  fetch(${JSON.stringify(`${appUrl}/api/generations`)}, {
    method: 'POST', mode: 'no-cors', credentials: 'include',
    headers: { 'content-type': 'text/plain' }, body: ${JSON.stringify(body)},
  }).finally(() => document.getElementById('form').submit());
</script>`;
}

beforeAll(async () => {
  [testApp, browser] = await Promise.all([startTestApp(), launchBrowser()]);
  site = await startForeignSite(attackPage(testApp.url));
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  await testApp?.close();
});
beforeEach(() => testApp.fake.reset());

/**
 * The status the app answered each request of the page with, read from the browser's network log
 * (CDP): the browser hides a refused no-cors answer from the page and from Playwright's events.
 */
async function recordStatuses(context: BrowserContext, page: Page): Promise<Map<string, number>> {
  const cdp = await context.newCDPSession(page);
  const urls = new Map<string, string>();
  const statuses = new Map<string, number>();
  cdp.on('Network.requestWillBeSent', (event) => urls.set(event.requestId, event.request.url));
  cdp.on('Network.responseReceivedExtraInfo', (event) => {
    const url = urls.get(event.requestId);
    if (url) statuses.set(url, event.statusCode);
  });
  await cdp.send('Network.enable');
  return statuses;
}

it('a page of another site that POSTs to the app is refused with 403 cross_site; nothing is generated', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const statuses = await recordStatuses(context, page);
  const [navigation] = await Promise.all([
    page.waitForResponse(`${testApp.url}/api/sessions/import`),
    page.goto(site.url),
  ]);
  // The fetch, sent first, was answered 403 (the page could not even read that).
  expect(statuses.get(`${testApp.url}/api/generations`)).toBe(403);
  expect(navigation.request().headers().origin).toBe(new URL(site.url).origin);
  expect(navigation.status()).toBe(403);
  // The form navigation lands on the app's refusal, in words.
  expect(await navigation.json()).toEqual({
    error: { code: 'cross_site', message: DEFAULT_ERROR_MESSAGES.cross_site },
  });
  expect(testApp.fake.requests).toHaveLength(0);
  const { sessions } = (await (await fetch(`${testApp.url}/api/sessions`)).json()) as { sessions: unknown[] };
  expect(sessions).toEqual([]);
  await context.close();
});
