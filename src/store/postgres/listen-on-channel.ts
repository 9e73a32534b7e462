import net from 'node:net';
import pg from 'pg';
import type { StoreLogger } from '../store-logger.js';

export type ListenOptions = {
  url: string;
  channel: string;
  onNotification(payload: string): void;
  /** Told when the connection fails (warn) and when it listens again (info). */
  logger?: StoreLogger;
  /** The first wait before reconnecting (100 ms by default), doubled after each failed attempt... */
  reconnectDelayMs?: number;
  /** ...up to this (5 s by default). */
  maxReconnectDelayMs?: number;
  /** Idle time before the OS sends TCP keep-alive probes (10 s by default; the OS default is ~2 h). */
  keepAliveDelayMs?: number;
  /** How often the connection is asked `SELECT 1`, so that a half-open one is noticed (20 s by default)... */
  heartbeatIntervalMs?: number;
  /** ...and how long it may take to answer before it is replaced (5 s by default). */
  heartbeatTimeoutMs?: number;
};

export type ChannelListener = {
  /** Whether a LISTEN is in place now: false between a failure and the reconnection, and once closed. */
  readonly listening: boolean;
  /** Stops reconnecting and closes the connection, also one still being opened. */
  close(): Promise<void>;
};

const ignore = () => undefined;

/** Rejects when `promise` has not settled within `timeoutMs`. */
function within<T>(promise: Promise<T>, timeoutMs: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took more than ${timeoutMs} ms.`)), timeoutMs);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * LISTENs on `channel` on a connection of its own: a pool would hand it back and lose the
 * LISTEN, or hold one of its connections forever. The connection is asked `SELECT 1` now and then
 * (TCP alone takes long to notice a peer that vanished); after a failure it is replaced, with a
 * growing wait, until closed. Resolves once the first LISTEN is in place.
 */
export async function listenOnChannel(options: ListenOptions): Promise<ChannelListener> {
  const { channel, logger, reconnectDelayMs = 100, maxReconnectDelayMs = 5_000 } = options;
  const { keepAliveDelayMs = 10_000, heartbeatIntervalMs = 20_000, heartbeatTimeoutMs = 5_000 } = options;
  let current: pg.Client | null = null;
  /** The socket of the connection being opened, so that close() can end it (a stalled server never answers an end). */
  let opening: net.Socket | null = null;
  let reconnecting: Promise<void> | null = null;
  let closed = false;
  let retryTimer: NodeJS.Timeout | undefined;

  async function open(): Promise<pg.Client> {
    const socket = new net.Socket();
    const client = new pg.Client({
      stream: () => socket,
      connectionString: options.url,
      connectionTimeoutMillis: 10_000,
      keepAlive: true,
      keepAliveInitialDelayMillis: keepAliveDelayMs,
    });
    client.on('error', (error) => replace(client, error));
    client.on('end', () => replace(client, new Error('The connection was closed.')));
    client.on('notification', (message) => {
      if (message.channel === channel) options.onNotification(message.payload ?? '');
    });
    opening = socket;
    try {
      await client.connect();
      await client.query(`LISTEN ${client.escapeIdentifier(channel)}`);
      return client;
    } catch (error) {
      await client.end().catch(ignore);
      throw error;
    } finally {
      opening = null;
    }
  }

  /** Only the connection in use is replaced: a failing one sends both `error` and `end`. */
  function replace(failed: pg.Client, error: unknown): void {
    if (closed || failed !== current) return;
    current = null;
    failed.end().catch(ignore);
    reconnectLater(error, reconnectDelayMs);
  }

  function reconnectLater(error: unknown, delayMs: number): void {
    logger?.warn(
      { err: error, channel },
      `The connection listening on ${channel} failed; reconnecting in ${delayMs} ms.`,
    );
    retryTimer = setTimeout(() => {
      reconnecting = reconnect(delayMs).finally(() => (reconnecting = null));
    }, delayMs);
    retryTimer.unref();
  }

  async function reconnect(lastDelayMs: number): Promise<void> {
    try {
      const client = await open();
      if (closed) {
        await client.end().catch(ignore);
        return;
      }
      current = client;
      logger?.info?.({ channel }, `Listening on ${channel} again.`);
    } catch (error) {
      if (!closed) reconnectLater(error, Math.min(lastDelayMs * 2, maxReconnectDelayMs));
    }
  }

  /** A connection that does not answer in time is replaced as a failed one is. */
  async function checkConnection(): Promise<void> {
    const client = current;
    if (client === null) return;
    try {
      await within(client.query('SELECT 1'), heartbeatTimeoutMs, `The heartbeat on ${channel}`);
    } catch (error) {
      replace(client, error);
    }
  }

  current = await open();
  const heartbeat = setInterval(() => void checkConnection(), heartbeatIntervalMs);
  heartbeat.unref();
  return {
    get listening() {
      return current !== null;
    },
    async close() {
      closed = true;
      clearInterval(heartbeat);
      clearTimeout(retryTimer);
      opening?.destroy();
      await reconnecting;
      await current?.end().catch(ignore);
      current = null;
    },
  };
}
