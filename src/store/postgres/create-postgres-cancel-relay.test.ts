import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { postgresAvailable, usePostgresCluster } from '../../../test/support/postgres-cluster.js';
import type { CancelHere, ForwardedCancel, Owner } from '../../app/ports.js';
import { createPostgresPool } from './create-postgres-pool.js';
import {
  CANCEL_CHANNEL,
  createPostgresCancelRelay,
  type PostgresCancelRelay,
  type PostgresCancelRelayOptions,
} from './create-postgres-cancel-relay.js';

const ALICE: Owner = { ownerId: 'alice' };
const BOB: Owner = { ownerId: 'bob' };
const ANSWER = { sessionId: 'run-1', saved: 'partial', usage: null };
const ANSWERED = { status: 'answered', answer: ANSWER };
const NOT_RUNNING = { status: 'not_running' };
const ACCEPT_TIMEOUT_MS = 300;

const sleep = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

/** A registry running alice's `run-1` only, which answers after `delayMs`, counting the cancels it sees. */
function registryRunningAlicesRun(delayMs = 0) {
  const seen: string[] = [];
  const cancelHere: CancelHere = (owner, id) => {
    seen.push(`${owner.ownerId}/${id}`);
    if (owner.ownerId !== ALICE.ownerId || id !== 'run-1') return null;
    return sleep(delayMs).then(() => ANSWER);
  };
  return { seen, cancelHere };
}

describe.skipIf(!postgresAvailable())('createPostgresCancelRelay', () => {
  const cluster = usePostgresCluster();
  let url: string;
  let pool: pg.Pool;
  const warnings: string[] = [];
  const infos: string[] = [];
  const relays: PostgresCancelRelay[] = [];
  const logger = {
    warn: (_details: object, message: string) => void warnings.push(message),
    info: (_details: object, message: string) => void infos.push(message),
  };

  /** An instance's relay on the test database, with short bounds. */
  async function instance(options: PostgresCancelRelayOptions = {}): Promise<PostgresCancelRelay> {
    const relay = await createPostgresCancelRelay(url, pool, {
      logger,
      acceptTimeoutMs: ACCEPT_TIMEOUT_MS,
      reconnectDelayMs: 50,
      ...options,
    });
    relays.push(relay);
    return relay;
  }

  beforeEach(async () => {
    url = await cluster().createDatabase();
    pool = createPostgresPool(url, { poolSize: 4 });
    warnings.length = 0;
    infos.length = 0;
  });
  afterEach(async () => {
    await Promise.all(relays.splice(0).map((relay) => relay.close()));
    await pool.end();
  });

  it('is answered by the instance that runs it, and by no other', async () => {
    const [asking, running, idle] = [await instance(), await instance(), await instance()];
    const registry = registryRunningAlicesRun();
    running.serve('generation', registry.cancelHere);
    idle.serve('generation', () => null);

    expect(await asking.forward('generation', ALICE, 'run-1')).toEqual(ANSWERED);
    expect(registry.seen).toEqual(['alice/run-1']);
    // Another owner's id, and the same id under another topic, find nothing.
    expect(await asking.forward('generation', BOB, 'run-1')).toEqual(NOT_RUNNING);
    expect(await asking.forward('practice', ALICE, 'run-1')).toEqual(NOT_RUNNING);
  });

  it('waits past the first bound for an answer that comes once the instance running it has saved', async () => {
    const [asking, running] = [await instance(), await instance()];
    running.serve('generation', registryRunningAlicesRun(ACCEPT_TIMEOUT_MS * 3).cancelHere);
    expect(await asking.forward('generation', ALICE, 'run-1')).toEqual(ANSWERED);
  });

  it("passes on at once an answer of null (it had just finished), and ignores the instance's own requests", async () => {
    const [asking, running] = [await instance(), await instance()];
    running.serve('generation', () => Promise.resolve(null));
    expect(await asking.forward('generation', ALICE, 'run-1')).toEqual({ status: 'answered', answer: null });

    const registry = registryRunningAlicesRun();
    asking.serve('generation', registry.cancelHere);
    running.serve('generation', () => null);
    expect(await asking.forward('generation', ALICE, 'run-1')).toEqual(NOT_RUNNING);
    expect(registry.seen).toEqual([]);
  });

  it('answers null within the bound when no instance runs it', async () => {
    const asking = await instance();
    (await instance()).serve('generation', () => null);
    const started = Date.now();
    expect(await asking.forward('generation', ALICE, 'no-such-run')).toEqual(NOT_RUNNING);
    const waited = Date.now() - started;
    expect(waited).toBeGreaterThanOrEqual(ACCEPT_TIMEOUT_MS - 5);
    expect(waited).toBeLessThan(ACCEPT_TIMEOUT_MS + 1_000);
  });

  it('ignores notifications that are not cancel messages, and keeps answering', async () => {
    const [asking, running] = [await instance(), await instance()];
    const registry = registryRunningAlicesRun();
    running.serve('generation', registry.cancelHere);
    const request = { kind: 'request', requestId: randomUUID(), from: randomUUID(), topic: 'generation' };
    const malformed = [
      'not json',
      JSON.stringify({ kind: 'request' }),
      JSON.stringify({ ...request, ownerId: 'alice', id: 7 }),
      JSON.stringify({ ...request, ownerId: 'a'.repeat(1000), id: 'run-1' }),
      JSON.stringify({ kind: 'answer', requestId: 'not-a-uuid', to: randomUUID(), answer: ANSWER }),
    ];
    for (const payload of malformed) await pool.query('SELECT pg_notify($1, $2)', [CANCEL_CHANNEL, payload]);

    expect(await asking.forward('generation', ALICE, 'run-1')).toEqual(ANSWERED);
    expect(registry.seen).toEqual(['alice/run-1']);
    const ignored = warnings.filter((message) => message.includes('not a cancel message'));
    // Each instance ignored each one.
    expect(ignored).toHaveLength(2 * malformed.length);
  });

  /** Kills the listening connections of every instance; resolves with how many there were. */
  async function killListeningConnections(): Promise<number | null> {
    const { rowCount } = await pool.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE 'LISTEN %' AND pid <> pg_backend_pid()`,
    );
    return rowCount;
  }

  it('listens again after its connection is killed, and says so in the log', async () => {
    const [asking, running] = [await instance(), await instance()];
    running.serve('generation', registryRunningAlicesRun().cancelHere);
    expect(await killListeningConnections()).toBe(2);

    let forwarded: ForwardedCancel = { status: 'unreachable' };
    const deadline = Date.now() + 10_000;
    // Unreachable at once until it listens again: the loop waits a little between two tries.
    while (forwarded.status !== 'answered' && Date.now() < deadline) {
      forwarded = await asking.forward('generation', ALICE, 'run-1');
      if (forwarded.status === 'unreachable') await sleep(20);
    }
    expect(forwarded).toEqual(ANSWERED);
    expect(warnings.filter((message) => message.includes('reconnecting in'))).toHaveLength(2);
    // Back to normal: information, not a warning.
    expect(infos.filter((message) => message.includes('again'))).toHaveLength(2);
    expect(warnings.filter((message) => message.includes('again'))).toEqual([]);
  });

  it('does not forward while it cannot hear the answers: unreachable at once, and nothing is stopped', async () => {
    const asking = await instance({ reconnectDelayMs: 60_000 });
    const running = await instance({ reconnectDelayMs: 60_000 });
    const registry = registryRunningAlicesRun();
    running.serve('generation', registry.cancelHere);
    // Only the asking instance is deaf: kill its connection alone.
    await pool.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE 'LISTEN %' AND pid <> pg_backend_pid() ORDER BY backend_start LIMIT 1`,
    );
    await expect.poll(() => warnings.some((message) => message.includes('reconnecting in'))).toBe(true);

    const started = Date.now();
    expect(await asking.forward('generation', ALICE, 'run-1')).toEqual({ status: 'unreachable' });
    expect(Date.now() - started).toBeLessThan(ACCEPT_TIMEOUT_MS);
    await sleep(ACCEPT_TIMEOUT_MS);
    expect(registry.seen).toEqual([]);
  });

  it('says it was stopped, at once, when the answer is too large to send', async () => {
    const [asking, running] = [await instance({ answerTimeoutMs: 60_000 }), await instance()];
    running.serve('generation', () => Promise.resolve({ ...ANSWER, sessionId: 'x'.repeat(5_000) }));
    const started = Date.now();
    expect(await asking.forward('generation', ALICE, 'run-1')).toEqual({ status: 'unanswered' });
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('tells an accepted cancel whose answer does not come from one that runs nowhere', async () => {
    const asking = await instance({ answerTimeoutMs: 200 });
    (await instance()).serve('generation', () => new Promise(() => {}));
    expect(await asking.forward('generation', ALICE, 'run-1')).toEqual({ status: 'unanswered' });
  });

  it('resolves a waiting forward as unreachable, promptly, when it is closed', async () => {
    const asking = await instance({ acceptTimeoutMs: 60_000 });
    const forwarded = asking.forward('generation', ALICE, 'run-1');
    await sleep(50);
    const started = Date.now();
    await asking.close();
    expect(await forwarded).toEqual({ status: 'unreachable' });
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});
