import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { postgresAvailable, usePostgresCluster } from '../../../test/support/postgres-cluster.js';
import { startTcpProxy, type TcpProxy } from '../../../test/support/tcp-proxy.js';
import { listenOnChannel, type ChannelListener, type ListenOptions } from './listen-on-channel.js';

const CHANNEL = 'test_channel';

describe.skipIf(!postgresAvailable())('listenOnChannel', () => {
  const cluster = usePostgresCluster();
  let url: string;
  let proxy: TcpProxy;
  let sender: pg.Client;
  const received: string[] = [];
  const warnings: string[] = [];
  const listeners: ChannelListener[] = [];

  /** A listener through the proxy, with short waits. */
  async function listen(options: Partial<ListenOptions> = {}): Promise<ChannelListener> {
    const listener = await listenOnChannel({
      url: proxy.through(url),
      channel: CHANNEL,
      onNotification: (payload) => void received.push(payload),
      logger: { warn: (_details, message) => void warnings.push(message) },
      reconnectDelayMs: 20,
      ...options,
    });
    listeners.push(listener);
    return listener;
  }

  /** Sends `payload` until the listener hears it (it may be reconnecting), for at most 10 s. */
  async function heardAgain(payload: string): Promise<boolean> {
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline) {
      await sender.query('SELECT pg_notify($1, $2)', [CHANNEL, payload]);
      await new Promise((resolve) => setTimeout(resolve, 50));
      if (received.includes(payload)) return true;
    }
    return false;
  }

  beforeEach(async () => {
    url = await cluster().createDatabase();
    const { hostname, port } = new URL(url);
    proxy = await startTcpProxy({ host: hostname, port: Number(port) });
    sender = new pg.Client({ connectionString: url });
    await sender.connect();
    received.length = 0;
    warnings.length = 0;
  });
  afterEach(async () => {
    await Promise.all(listeners.splice(0).map((listener) => listener.close()));
    await sender.end();
    await proxy.close();
  });

  it('notices a connection that stopped answering (no error, no end) and listens again on a new one', async () => {
    const listener = await listen({ heartbeatIntervalMs: 100, heartbeatTimeoutMs: 200 });
    expect(await heardAgain('before')).toBe(true);

    proxy.freezeOpen();
    await expect.poll(() => listener.listening, { timeout: 5_000 }).toBe(false);
    expect(await heardAgain('after')).toBe(true);
    expect(listener.listening).toBe(true);
    expect(warnings.filter((message) => message.includes('reconnecting in'))).toHaveLength(1);
  });

  it('says whether it listens: not between a failure and the reconnection, nor once closed', async () => {
    const listener = await listen({ reconnectDelayMs: 300 });
    expect(listener.listening).toBe(true);
    await sender.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE 'LISTEN %'`);
    await expect.poll(() => listener.listening).toBe(false);
    await expect.poll(() => listener.listening).toBe(true);
    await listener.close();
    expect(listener.listening).toBe(false);
  });

  it('ends, before close() resolves, a connection it was still opening', async () => {
    const listener = await listen();
    proxy.holdNew(true);
    await sender.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE 'LISTEN %'`);
    // The replacement is accepted by the proxy but never answered: it is still connecting.
    await expect.poll(() => warnings.length).toBe(1);
    await expect.poll(() => proxy.openConnections()).toBe(1);

    const started = Date.now();
    await listener.close();
    expect(Date.now() - started).toBeLessThan(2_000);
    await expect.poll(() => proxy.openConnections(), { timeout: 500 }).toBe(0);
  });
});
