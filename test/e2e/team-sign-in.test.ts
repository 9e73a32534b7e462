import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresAvailable, usePostgresCluster } from '../support/postgres-cluster.js';
import type { TestApp } from '../support/start-test-app.js';
import { addAccount, postLogin, startTeamApp, TEAM_PASSWORD, type TeamAccount } from '../support/team-app.js';
import { fillJobDescription, launchBrowser, saveElementScreenshot, saveScreenshot } from './support/launch-browser.js';

/** Chromium logs every refused request (401 wrong password, 403, 429, 400) as a console error: those are expected. */
const REFUSED_REQUEST = /Failed to load resource: the server responded with a status of 4\d\d/;

type SignInScreen = { context: BrowserContext; page: Page; problems: string[] };

/** Opens the app in a fresh context (no cookie) and waits for the sign-in form. */
async function openSignInScreen(browser: Browser, url: string): Promise<SignInScreen> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !REFUSED_REQUEST.test(message.text()))
      problems.push(`console: ${message.text()}`);
  });
  await page.goto(url);
  await signInRegion(page).waitFor();
  return { context, page, problems };
}

const signInRegion = (page: Page) => page.getByRole('region', { name: 'Sign in' });
const generateButton = (page: Page) => page.getByRole('button', { name: 'Generate questions' });
const isFocused = (page: Page, label: string) =>
  page.getByLabel(label, { exact: true }).evaluate((element) => element === document.activeElement);

async function signInAs(page: Page, account: Pick<TeamAccount, 'email' | 'password'>): Promise<void> {
  await page.getByLabel('Email', { exact: true }).fill(account.email);
  await page.getByLabel('Password', { exact: true }).fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

async function expectNoSeriousViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.filter((violation) => ['serious', 'critical'].includes(violation.impact ?? ''))).toEqual([]);
}

describe.skipIf(!postgresAvailable())('team mode in the browser: sign-in, sign-out and the Users page', () => {
  const cluster = usePostgresCluster();
  let testApp: TestApp;
  let browser: Browser;
  let admin: TeamAccount;
  let member: TeamAccount;
  let second: TeamAccount;
  beforeAll(async () => {
    const databaseUrl = await cluster().createDatabase();
    [testApp, browser] = await Promise.all([
      startTeamApp(databaseUrl, { env: { BUDGET_USD_PER_DAY: '5', ORGANISATION_BUDGET_USD_PER_MONTH: '200' } }),
      launchBrowser(),
    ]);
    admin = await addAccount(testApp, 'admin@example.com', { admin: true });
    member = await addAccount(testApp, 'sam@example.com');
    second = await addAccount(testApp, 'alex@example.com');
  });
  afterAll(async () => {
    await browser?.close();
    await testApp?.close();
  });

  it(
    'asks for a sign-in, says a password is wrong, loads the app; signing out leaves nothing of that user for the next',
    { timeout: 60_000 },
    async () => {
      const { context, page, problems } = await openSignInScreen(browser, testApp.url);
      expect(await generateButton(page).count()).toBe(0);
      await expect.poll(() => isFocused(page, 'Email')).toBe(true);
      expect(await page.getByLabel('Password', { exact: true }).getAttribute('type')).toBe('password');
      await saveElementScreenshot(signInRegion(page), 'team-sign-in-panel');
      await saveScreenshot(page, 'team-sign-in-1280');
      await expectNoSeriousViolations(page);

      // Checked here first: an empty password is named next to its field, which gets the focus.
      await page.getByLabel('Email', { exact: true }).fill(member.email);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByText('Enter your password.').waitFor();
      expect(await page.getByLabel('Password', { exact: true }).getAttribute('aria-invalid')).toBe('true');
      await expect.poll(() => isFocused(page, 'Password')).toBe(true);

      await signInAs(page, { email: member.email, password: `${TEAM_PASSWORD}!` });
      const error = page.getByRole('alert').filter({ hasText: 'Wrong email or password' });
      await error.waitFor();
      expect(await error.innerText()).toContain('do not match an account');
      await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Wrong email or password');
      expect(await page.getByLabel('Password', { exact: true }).inputValue()).toBe('');
      await saveScreenshot(page, 'team-sign-in-wrong-1280');
      await expectNoSeriousViolations(page);

      await signInAs(page, member);
      await generateButton(page).waitFor();
      expect(await signInRegion(page).count()).toBe(0);
      expect(await page.getByTestId('signed-in-email').textContent()).toBe(`Signed in as ${member.email}`);
      // A member has no Users page.
      expect(await page.getByRole('button', { name: 'Users' }).count()).toBe(0);
      const [cookie] = await context.cookies();
      expect(cookie).toMatchObject({ name: 'interview_prep_session', httpOnly: true, sameSite: 'Lax' });

      await fillJobDescription(page);
      await page.getByLabel('Number of questions').fill('2');
      await generateButton(page).click();
      const result = page.locator('article.result[data-status="complete"]');
      await result.waitFor({ timeout: 15_000 });
      expect(await result.locator('.question-card').count()).toBe(2);
      const question = (await result.locator('.question-text').first().innerText()).trim();
      expect(question.length).toBeGreaterThan(10);
      await page.locator('.history-item').first().waitFor();
      expect(await page.getByTestId('session-cost').innerText()).toMatch(/1 generation/);
      await saveScreenshot(page, 'team-signed-in-1280');

      await page.getByRole('button', { name: 'Sign out' }).click();
      await signInRegion(page).waitFor();
      expect(await signInRegion(page).getByRole('status').innerText()).toBe('You are signed out.');
      await expect.poll(() => isFocused(page, 'Email')).toBe(true);
      expect(await page.locator('article.result, .history-item, [data-testid="session-cost"]').count()).toBe(0);
      expect(await page.locator('body').innerText()).not.toContain(question);
      expect(await page.evaluate(() => sessionStorage.getItem('interview-prep.session-cost'))).toBeNull();
      expect(await context.cookies()).toEqual([]);

      // The next person at this browser sees their own, empty history and a tab cost of zero.
      await signInAs(page, second);
      await page.getByText('Nothing saved yet.').waitFor();
      expect(await page.getByTestId('signed-in-email').textContent()).toBe(`Signed in as ${second.email}`);
      expect(await page.locator('article.result, .history-item').count()).toBe(0);
      expect(await page.getByTestId('session-cost').innerText()).toMatch(/^\$0\.00 \(0 generations\)/);
      expect(await page.locator('body').innerText()).not.toContain(question);
      expect(problems).toEqual([]);
      await context.close();
    },
  );

  it('a sign-in that ends on the server brings the sign-in form back at the next API call', async () => {
    const { context, page, problems } = await openSignInScreen(browser, testApp.url);
    await signInAs(page, second);
    await generateButton(page).waitFor();
    // As when the sign-in expires or is ended in another tab: the cookie no longer opens a session.
    await context.clearCookies();
    await fillJobDescription(page);
    await signInRegion(page).waitFor();
    expect(await signInRegion(page).getByRole('status').innerText()).toMatch(/Your sign-in has ended/);
    expect(await generateButton(page).count()).toBe(0);
    await signInAs(page, second);
    await generateButton(page).waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('too many tries: says so, and when to try again', async () => {
    const tried = { email: 'nobody@example.com', password: 'not the password at all' };
    // The limit is per client address and email: ten tries from here use it up for the browser too.
    const answers = await Promise.all(Array.from({ length: 10 }, () => postLogin(testApp.url, tried)));
    expect(answers.map((answer) => answer.status)).toEqual(Array(10).fill(401));
    const { context, page, problems } = await openSignInScreen(browser, testApp.url);
    await signInAs(page, tried);
    const error = page.getByRole('alert').filter({ hasText: 'Too many sign-in attempts' });
    await error.waitFor();
    expect(await error.innerText()).toMatch(/Try again in about 15 minutes/);
    expect(problems).toEqual([]);
    await context.close();
  });

  it(
    'an admin sees the Users page: spending, adds a user, disables one (not themselves); the disabled one is told',
    { timeout: 60_000 },
    async () => {
      const { context, page, problems } = await openSignInScreen(browser, testApp.url);
      await signInAs(page, admin);
      const usersButton = page.getByRole('button', { name: 'Users' });
      await usersButton.click();
      const heading = page.getByRole('heading', { name: 'Users', level: 2 });
      await heading.waitFor();
      await expect.poll(() => heading.evaluate((element) => element === document.activeElement)).toBe(true);
      expect(await usersButton.getAttribute('aria-current')).toBe('page');
      expect(await generateButton(page).isVisible()).toBe(false);

      const rows = page.getByTestId('admin-user-row');
      await rows.first().waitFor();
      expect(await rows.locator('th').allInnerTexts()).toEqual([`${admin.email} (you)`, member.email, second.email]);
      const memberRow = rows.filter({ hasText: member.email });
      // Spent today and this month, and what is left of the $5 a day each account may spend.
      expect(await memberRow.innerText()).toMatch(/Member\t.+\t\$[\d.]+\t\$[\d.]+\t\$[\d.]+\t/);
      expect(await page.getByRole('columnheader').allInnerTexts()).toEqual([
        'Email',
        'Role',
        'Created',
        'Spent today',
        'Spent this month',
        'Left today',
        'Can sign in',
      ]);
      // What every account together spent of the organisation's $200 a month.
      expect(await page.locator('.organisation-budget').innerText()).toMatch(
        /^Organisation \(every account together\): this month \$[\d.]+ of \$200\.00 spent, \$[\d.]+ left$/,
      );
      await saveScreenshot(page, 'team-admin-users-1280');
      await expectNoSeriousViolations(page);

      // Adding a user: the form's own check, the server's refusal of a taken email, then success.
      const email = page.getByLabel('Email', { exact: true });
      const password = page.getByLabel('Password', { exact: true });
      await email.fill('new.person@example.com');
      await password.fill('too short');
      await page.getByRole('button', { name: 'Add user' }).click();
      await page.getByText('The password must have at least 12 characters (it has 9).').waitFor();
      await expect.poll(() => password.evaluate((element) => element === document.activeElement)).toBe(true);
      await email.fill(member.email);
      await password.fill('a password long enough');
      await page.getByRole('button', { name: 'Add user' }).click();
      await page.getByText('An account with this email already exists.').waitFor();
      expect(await email.getAttribute('aria-invalid')).toBe('true');
      await email.fill('new.person@example.com');
      await page.getByLabel('Administrator (can add, disable and enable accounts)').check();
      await page.getByRole('button', { name: 'Add user' }).click();
      await page.getByText('Added new.person@example.com (administrator).').waitFor();
      const added = rows.filter({ hasText: 'new.person@example.com' });
      expect(await added.innerText()).toContain('Administrator');
      expect(await email.inputValue()).toBe('');

      // Disabling a member, and refusing to disable oneself with the server's reason.
      const memberSwitch = page.getByRole('switch', { name: `${member.email} can sign in` });
      expect(await memberSwitch.getAttribute('aria-checked')).toBe('true');
      await memberSwitch.click();
      await expect.poll(() => memberSwitch.getAttribute('aria-checked')).toBe('false');
      expect(await memberRow.innerText()).toContain('Disabled');
      await page.getByRole('switch', { name: `${admin.email} can sign in` }).click();
      const refusal = page.getByRole('alert').filter({ hasText: `${admin.email} was not disabled` });
      await refusal.waitFor();
      expect(await refusal.innerText()).toContain('You cannot disable your own account');
      expect(await page.getByRole('switch', { name: `${admin.email} can sign in` }).getAttribute('aria-checked')).toBe(
        'true',
      );
      await saveScreenshot(page, 'team-admin-users-changed-1280');
      await saveElementScreenshot(page.locator('.admin-page'), 'team-admin-page');

      // Back to the questions: the workspace was kept.
      await page.getByRole('button', { name: 'Questions' }).click();
      await generateButton(page).waitFor();
      expect(await heading.count()).toBe(0);

      const disabled = await openSignInScreen(browser, testApp.url);
      await signInAs(disabled.page, member);
      const told = disabled.page.getByRole('alert').filter({ hasText: 'This account is disabled' });
      await told.waitFor();
      expect(await told.innerText()).toContain('Ask an administrator');
      expect(disabled.problems).toEqual([]);
      await disabled.context.close();

      expect(problems).toEqual([]);
      await context.close();
    },
  );

  it("changes one's password from the header: a wrong current one is said on its field; other sign-ins end", async () => {
    const account = await addAccount(testApp, 'pat@example.com');
    const elsewhere = await openSignInScreen(browser, testApp.url);
    await signInAs(elsewhere.page, account);
    await generateButton(elsewhere.page).waitFor();
    const { context, page, problems } = await openSignInScreen(browser, testApp.url);
    await signInAs(page, account);
    await generateButton(page).waitFor();

    await page.getByRole('button', { name: 'Password' }).click();
    await expect.poll(() => isFocused(page, 'Current password')).toBe(true);
    await page.getByLabel('Current password', { exact: true }).fill('not my password');
    await page.getByLabel('New password', { exact: true }).fill('a brand new passphrase');
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('That is not your current password. Type it again.').waitFor();
    await expect.poll(() => isFocused(page, 'Current password')).toBe(true);
    await saveScreenshot(page, 'team-change-password-wrong-1280');

    await page.getByLabel('Current password', { exact: true }).fill(account.password);
    await page.getByRole('button', { name: 'Change password' }).click();
    const done = page.getByRole('status').filter({ hasText: 'Password changed' });
    await done.waitFor();
    expect(await done.innerText()).toContain('your other sign-ins (other browsers and devices) have ended');
    await expectNoSeriousViolations(page);
    await saveScreenshot(page, 'team-change-password-done-1280');
    await page.getByRole('button', { name: 'Close' }).click();

    // The other browser is signed out at its next call; the new password signs in.
    await fillJobDescription(elsewhere.page);
    await signInRegion(elsewhere.page).waitFor();
    await signInAs(elsewhere.page, { email: account.email, password: 'a brand new passphrase' });
    await generateButton(elsewhere.page).waitFor();
    expect([...problems, ...elsewhere.problems]).toEqual([]);
    await Promise.all([context.close(), elsewhere.context.close()]);
  }, 60_000);
});
