import pg from 'pg';
import type { StoreLogger } from '../store-logger.js';

export type ListenOptions = {
  url: string;
  channel: string;
  onNotification(payload: string): void;
  /** Told when the connection fails and when it listens again. */
  logger?: StoreLogger;
  /** The first wait before reconnecting (100 ms by default), doubled after each failed attempt... */
  reconnectDelayMs?: number;
  /** ...up to this (5 s by default). */
  maxReconnectDelayMs?: number;
};

export type ChannelListener = {
  /** Stops reconnecting and closes the connection. */
  close(): Promise<void>;
};

const ignore = () => undefined;

/**
 * LISTENs on `channel` on a connection of its own: a pool would hand it back and lose the
 * LISTEN, or hold one of its connections forever. After a failure the connection is replaced,
 * with a growing wait, until closed. Resolves once the first LISTEN is in place.
 */
export async function listenOnChannel(options: ListenOptions): Promise<ChannelListener> {
  const { channel, logger, reconnectDelayMs = 100, maxReconnectDelayMs = 5_000 } = options;
  let current: pg.Client | null = null;
  let closed = false;
  let retryTimer: NodeJS.Timeout | undefined;

  async function open(): Promise<pg.Client> {
    const client = new pg.Client({ connectionString: options.url, connectionTimeoutMillis: 10_000, keepAlive: true });
    client.on('error', (error) => replace(client, error));
    client.on('end', () => replace(client, new Error('The connection was closed.')));
    client.on('notification', (message) => {
      if (message.channel === channel) options.onNotification(message.payload ?? '');
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${client.escapeIdentifier(channel)}`);
      return client;
    } catch (error) {
      await client.end().catch(ignore);
      throw error;
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
    retryTimer = setTimeout(() => void reconnect(delayMs), delayMs);
  }

  async function reconnect(lastDelayMs: number): Promise<void> {
    try {
      const client = await open();
      if (closed) {
        await client.end().catch(ignore);
        return;
      }
      current = client;
      logger?.warn({ channel }, `Listening on ${channel} again.`);
    } catch (error) {
      if (!closed) reconnectLater(error, Math.min(lastDelayMs * 2, maxReconnectDelayMs));
    }
  }

  current = await open();
  return {
    async close() {
      closed = true;
      clearTimeout(retryTimer);
      await current?.end().catch(ignore);
      current = null;
    },
  };
}
