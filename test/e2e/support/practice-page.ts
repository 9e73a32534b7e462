import type { Locator, Page } from 'playwright-core';
import { fillJobDescription } from './launch-browser.js';

/** A behavioral answer of about 330 characters, with words the feedback quotes back. */
export const TYPED_ANSWER =
  'Last spring our payment service kept timing out at peak hours. I traced it to a missing index on the ledger table. ' +
  'I proposed a fix, tested it on a copy of production and rolled it out at night. ' +
  'Latency fell from two seconds to two hundred milliseconds. I learned to check query plans before adding servers.';

/** A longer re-answer: the fake scores by length band, so its scores differ from TYPED_ANSWER's. */
export const LONGER_ANSWER = `${TYPED_ANSWER} Afterwards I wrote a runbook for the on-call team, and I reviewed the next three schema changes with the engineer who owned the ledger, so the same mistake did not reach production again.`;

/** Generates a behavioral set of `count` questions and waits until it is saved. */
export async function generateBehavioralSet(page: Page, count = 2): Promise<Locator> {
  await fillJobDescription(page);
  await page.getByLabel('Number of questions').fill(String(count));
  await page.getByLabel('Interview type').selectOption('behavioral');
  await page.getByRole('button', { name: 'Generate questions' }).click();
  const result = page.locator('article.result[data-status="complete"]').first();
  await result.waitFor({ timeout: 15_000 });
  return result;
}

/** Opens the practice view of question `number` (1-based) and waits for it to load. */
export async function openPractice(page: Page, number = 1): Promise<Locator> {
  await page.getByRole('button', { name: `Practice question ${number}` }).click();
  const view = page.getByTestId('practice-view');
  await view.waitFor();
  return view;
}
