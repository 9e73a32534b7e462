import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { usdToMicroUsd } from '../../src/core/cost/price-usage.js';
import { AdminUserListSchema } from '../../src/core/schemas/admin-users.js';
import { PublicConfigSchema } from '../../src/core/schemas/public-config.js';
import { fakeScenario } from '../support/fake-openai-scenarios.js';
import { postgresAvailable, usePostgresCluster } from '../support/postgres-cluster.js';
import { generationBody } from '../support/sse-client.js';
import type { TestApp } from '../support/start-test-app.js';
import { addAccount, asUser, signIn, startTeamApp } from '../support/team-app.js';

const ORGANISATION_BUDGET_USD = 0.05;
const REQUESTS = 50;
const ACCOUNTS = 5;

describe.skipIf(!postgresAvailable())("team mode: the organisation's budget across two instances", () => {
  const cluster = usePostgresCluster();
  let first: TestApp;
  let second: TestApp;
  beforeAll(async () => {
    const databaseUrl = await cluster().createDatabase();
    const env = {
      RATE_LIMIT_PER_HOUR: '1000',
      // Each account's own budget is far from binding: only the organisation's can refuse.
      BUDGET_USD_PER_DAY: '100',
      ORGANISATION_BUDGET_USD_PER_DAY: String(ORGANISATION_BUDGET_USD),
    };
    first = await startTeamApp(databaseUrl, { env });
    second = await startTeamApp(databaseUrl, { env, fake: first.fake });
  });
  afterAll(async () => {
    await second?.close();
    await first?.close();
  });

  it(`${REQUESTS} generations of ${ACCOUNTS} accounts at once, split across both: only what fits the organisation's budget runs`, async () => {
    const cookies = await Promise.all(
      Array.from({ length: ACCOUNTS }, async (_, index) =>
        signIn(index % 2 ? first.url : second.url, await addAccount(first, `member-${index}@example.com`)),
      ),
    );
    const body = generationBody({ questionCount: 1 });
    const estimate = await (
      await asUser(first.url, cookies[0]!)('/api/estimate', { method: 'POST', json: body })
    ).json();
    const estimateMicroUsd = usdToMicroUsd(estimate.estimatedCostUsd);
    const fitting = Math.floor(usdToMicroUsd(ORGANISATION_BUDGET_USD) / estimateMicroUsd);
    // A meaningful race: some fit, most do not.
    expect(fitting).toBeGreaterThan(1);
    expect(fitting).toBeLessThan(REQUESTS / 2);

    // The AI service never answers: every admitted generation holds its estimate while all 50 race.
    first.fake.setDefault(fakeScenario.hang());
    const abort = new AbortController();
    // However the test ends, the streams that hang are let go, and the fake answers again.
    onTestFinished(() => {
      abort.abort();
      first.fake.setDefault(fakeScenario.streamReply());
    });
    const responses = await Promise.all(
      Array.from({ length: REQUESTS }, (_, index) =>
        asUser(index % 2 ? first.url : second.url, cookies[index % ACCOUNTS]!)('/api/generations', {
          method: 'POST',
          headers: { accept: 'text/event-stream' },
          json: body,
          signal: abort.signal,
        }),
      ),
    );
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(fitting);
    expect(statuses.filter((status) => status === 429)).toHaveLength(REQUESTS - fitting);
    const refusal = (await responses.find((response) => response.status === 429)!.json()).error;
    expect(refusal).toMatchObject({ code: 'budget_exceeded', retryAfterSeconds: expect.any(Number) });
    expect(refusal.message).toMatch(/^Today's spending budget of the organisation \(every account together\)/);
    expect(refusal.message).toContain('ORGANISATION_BUDGET_USD_PER_DAY');

    // Both instances tell every account what the organisation has spent, the running ones at their estimate.
    const spent = {
      perDayUsd: ORGANISATION_BUDGET_USD,
      perMonthUsd: null,
      spentTodayUsd: (fitting * estimateMicroUsd) / 1e6,
      spentThisMonthUsd: (fitting * estimateMicroUsd) / 1e6,
    };
    for (const app of [first, second]) {
      const config = PublicConfigSchema.parse(await (await asUser(app.url, cookies[1]!)('/api/config')).json());
      expect(config.budgets?.organisation).toEqual(spent);
    }
    // And the admin's list of accounts, with what each spent: together, what the organisation did.
    const admin = await signIn(first.url, await addAccount(first, 'admin@example.com', { admin: true }));
    const list = AdminUserListSchema.parse(await (await asUser(second.url, admin)('/api/admin/users')).json());
    expect(list.organisation).toEqual(spent);
    const accountsTotal = list.users.reduce((sum, user) => sum + user.spentTodayMicroUsd, 0);
    expect(accountsTotal).toBe(fitting * estimateMicroUsd);
  }, 60_000);
});
