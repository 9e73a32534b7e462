import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SessionSchema } from '../../src/core/schemas/session.js';
import { generateSession } from '../support/fake-practice-session.js';
import { postgresAvailable, usePostgresCluster } from '../support/postgres-cluster.js';
import { generationBody } from '../support/sse-client.js';
import type { TestApp } from '../support/start-test-app.js';
import { addAccount, asUser, signIn, startTeamApp } from '../support/team-app.js';

const RATE_LIMIT = 20;
const REQUESTS = 50;

describe.skipIf(!postgresAvailable())('team mode: two app instances on one database', () => {
  const cluster = usePostgresCluster();
  let first: TestApp;
  let second: TestApp;
  beforeAll(async () => {
    const databaseUrl = await cluster().createDatabase();
    // SESSION_HISTORY_LIMIT=0 (team mode only): every session is kept.
    const env = { RATE_LIMIT_PER_HOUR: String(RATE_LIMIT), SESSION_HISTORY_LIMIT: '0' };
    // Two servers on two ports, as behind a load balancer; each migrates at start (one after the other).
    first = await startTeamApp(databaseUrl, { env });
    second = await startTeamApp(databaseUrl, { env, fake: first.fake });
  });
  afterAll(async () => {
    await second?.close();
    await first?.close();
  });

  it('run on different ports', () => {
    expect(new URL(first.url).port).not.toBe(new URL(second.url).port);
  });

  it('a session generated on one is in the history of the other; a sign-in on one works on both', async () => {
    const cookie = await signIn(first.url, await addAccount(first, 'alex@example.com'));
    const id = await generateSession(first.url, {}, { cookie });
    const onSecond = asUser(second.url, cookie);
    const list = (await (await onSecond('/api/sessions')).json()).sessions as Array<{ id: string }>;
    expect(list.map((entry) => entry.id)).toEqual([id]);
    const session = SessionSchema.parse(await (await onSecond(`/api/sessions/${id}`)).json());
    expect(session.status).toBe('complete');

    // Signing out on the second ends the session on the first too.
    expect((await onSecond('/api/auth/logout', { method: 'POST' })).status).toBe(204);
    expect((await asUser(first.url, cookie)('/api/sessions')).status).toBe(401);
  });

  it(`${REQUESTS} generations at once, split across both, with a limit of ${RATE_LIMIT}: exactly ${RATE_LIMIT} run`, async () => {
    const cookie = await signIn(second.url, await addAccount(first, 'sam@example.com'));
    first.fake.reset();
    const send = (app: TestApp) =>
      asUser(app.url, cookie)('/api/generations', {
        method: 'POST',
        headers: { accept: 'application/json' },
        json: generationBody({ questionCount: 1 }),
      });
    const responses = await Promise.all(
      Array.from({ length: REQUESTS }, (_, index) => send(index % 2 === 0 ? first : second)),
    );
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(RATE_LIMIT);
    expect(statuses.filter((status) => status === 429)).toHaveLength(REQUESTS - RATE_LIMIT);
    for (const response of responses.filter((each) => each.status === 429)) {
      expect((await response.json()).error).toMatchObject({
        code: 'rate_limited',
        retryAfterSeconds: expect.any(Number),
      });
    }
    // Only the admitted ones reached the AI service, and each is in the shared history.
    expect(first.fake.requests).toHaveLength(RATE_LIMIT);
    const history = (await (await asUser(first.url, cookie)('/api/sessions')).json()).sessions;
    expect(history).toHaveLength(RATE_LIMIT);
  });
});
