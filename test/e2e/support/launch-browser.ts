import fs from 'node:fs/promises';
import path from 'node:path';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Locator,
  type Page,
} from 'playwright-core';

export const SCREENSHOT_DIR = path.resolve(import.meta.dirname, '../../../test-results/screenshots');

/** Debian's Chromium, headless, with nothing that phones home. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export type OpenedPage = { context: BrowserContext; page: Page; problems: string[] };

/**
 * Opens the app in a fresh context. `problems` collects console errors, uncaught page errors and
 * CSP violations, which a test asserts to be empty.
 */
export async function openApp(browser: Browser, url: string, options: BrowserContextOptions = {}): Promise<OpenedPage> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
    ...options,
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  await page.goto(url);
  await page.getByRole('button', { name: 'Generate questions' }).waitFor();
  return { context, page, problems };
}

/** Saves a full-page screenshot to test-results/screenshots/<name>.png and returns its path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  await fs.mkdir(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
  return file;
}

/** Saves a screenshot of one part of the page (a panel too small to judge in a full page) and returns its path. */
export async function saveElementScreenshot(element: Locator, name: string): Promise<string> {
  await fs.mkdir(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await element.screenshot({ path: file, animations: 'disabled' });
  return file;
}

export const SAMPLE_JOB_DESCRIPTION = `Senior Backend Engineer, Payments (Berlin or remote)

You will design, build and run the services that move money for 2 million customers.
- 5+ years with Go or Java in production
- PostgreSQL, Kafka, Kubernetes
- On-call for payment flows; you lead incident reviews
- Mentor two mid-level engineers`;

/** Types the sample job description into the form. */
export async function fillJobDescription(page: Page, text = SAMPLE_JOB_DESCRIPTION): Promise<void> {
  await page.getByLabel('Job description').fill(text);
}
