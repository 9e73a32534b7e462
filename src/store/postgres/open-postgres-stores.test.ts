import { afterEach, describe, expect, it } from 'vitest';
import { postgresAvailable, usePostgresCluster } from '../../../test/support/postgres-cluster.js';
import { createTestAttempt, TEST_THREAD_ID } from '../testing/create-test-attempt.js';
import { createTestSession } from '../testing/create-test-session.js';
import { POSTGRES_MIGRATIONS } from './migrations/postgres-migrations.js';
import { openPostgresStores, type PostgresStores } from './open-postgres-stores.js';

const ALICE = { ownerId: 'alice' };
const START = Date.UTC(2026, 0, 1, 12, 0, 0);

describe.skipIf(!postgresAvailable())('openPostgresStores', () => {
  const cluster = usePostgresCluster();
  const opened: PostgresStores[] = [];
  async function open(url: string, historyLimit = 10): Promise<PostgresStores> {
    const stores = await openPostgresStores(url, { historyLimit });
    opened.push(stores);
    return stores;
  }
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((stores) => stores.close()));
  });

  it('migrates a new database and gives stores that work together; a later start finds it migrated', async () => {
    const url = await cluster().createDatabase();
    const first = await open(url);
    expect(first.migration).toMatchObject({ fromVersion: 0, toVersion: POSTGRES_MIGRATIONS.length });
    expect(first.migration.applied).toHaveLength(POSTGRES_MIGRATIONS.length);
    await first.sessions.saveSession(ALICE, createTestSession());
    const place = { sessionId: 'session-1', threadId: TEST_THREAD_ID, questionIndex: 0 };
    expect(await first.practice.saveAttempt(ALICE, place, 'coach', createTestAttempt())).toBe(true);
    const limit = { bucket: 'generations', windowMs: 60_000, limit: 1, now: START };
    expect((await first.rateLimits.hit(ALICE, limit)).allowed).toBe(true);
    await first.spending.record(ALICE, { id: 'session-1', startedAt: START, costMicroUsd: 452 });
    const user = await first.users.createUser({ email: 'alice@example.com', passwordHash: 'hash', admin: true });

    const second = await open(url);
    expect(second.migration.applied).toEqual([]);
    expect((await second.sessions.findSession(ALICE, 'session-1'))?.practice).toHaveLength(1);
    expect((await second.rateLimits.hit(ALICE, { ...limit, now: START + 1 })).allowed).toBe(false);
    expect(await second.spending.spentSince(ALICE, START)).toBe(452);
    expect(await second.users.findUserById(user.id)).toEqual(user);
  });

  it('opens one new database from several instances starting at once', async () => {
    const url = await cluster().createDatabase();
    const instances = await Promise.all([open(url), open(url), open(url)]);
    expect(instances.map((stores) => stores.migration.applied.length).sort()).toEqual([
      0,
      0,
      POSTGRES_MIGRATIONS.length,
    ]);
  });

  it('keeps every session with a history limit of 0, and refuses a negative one', async () => {
    const url = await cluster().createDatabase();
    const { sessions } = await open(url, 0);
    for (let index = 0; index < 15; index++) await sessions.saveSession(ALICE, createTestSession({ id: `s${index}` }));
    expect(await sessions.listSessions(ALICE)).toHaveLength(15);
    await expect(openPostgresStores(url, { historyLimit: -1 })).rejects.toThrow(RangeError);
  });

  it('keeps a title holding U+0000 in the session, which PostgreSQL text refuses, and lists it without', async () => {
    const { sessions } = await open(await cluster().createDatabase());
    const session = createTestSession({ title: 'Nurse\u0000 — Ward 3' });
    expect(await sessions.importSessions(ALICE, [session])).toBe(1);
    expect(await sessions.findSession(ALICE, session.id)).toEqual(session);
    expect((await sessions.listSessions(ALICE))[0]?.title).toBe('Nurse — Ward 3');
  });

  it('listens for cancels on a connection of its own only when asked to (the team mode server)', async () => {
    const url = await cluster().createDatabase();
    const listening = async (stores: PostgresStores) =>
      (await stores.pool.query(`SELECT count(*) AS count FROM pg_stat_activity WHERE query LIKE 'LISTEN %'`)).rows[0]
        .count;
    const plain = await open(url);
    expect(plain.cancelRelay).toBeNull();
    expect(await listening(plain)).toBe(0);

    const relaying = await openPostgresStores(url, { historyLimit: 10, relayCancels: true });
    opened.push(relaying);
    expect(relaying.cancelRelay).not.toBeNull();
    expect(await listening(relaying)).toBe(1);
  });

  it('fails, without hanging, when the database cannot be reached', async () => {
    await expect(openPostgresStores('postgres://postgres@127.0.0.1:1/nowhere', { historyLimit: 10 })).rejects.toThrow();
  });
});
