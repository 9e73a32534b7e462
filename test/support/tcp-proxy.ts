import net from 'node:net';

export type TcpProxy = {
  /** `url` (postgres://host:port/...) with the proxy's port: connections to it go through the proxy. */
  through(url: string): string;
  /** The connections carried now stop carrying anything either way, as when a peer vanishes. */
  freezeOpen(): void;
  /** While true, new connections are accepted but carried nowhere: a server that never answers. */
  holdNew(hold: boolean): void;
  /** Connections from clients that are still open (carried, frozen or held). */
  openConnections(): number;
  /** Closes every connection and stops listening. */
  close(): Promise<void>;
};

/** A TCP proxy on 127.0.0.1:0 to `target` (host and port), for tests of connections that stall. */
export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const clients = new Set<net.Socket>();
  const carried: { client: net.Socket; upstream: net.Socket }[] = [];
  let holding = false;

  const server = net.createServer((client) => {
    clients.add(client);
    client.on('close', () => clients.delete(client));
    client.on('error', () => client.destroy());
    // Held: read and dropped, never answered, so that the client's closing is still seen.
    if (holding) return void client.resume();
    const upstream = net.connect(target.port, target.host);
    upstream.on('error', () => client.destroy());
    upstream.on('close', () => client.destroy());
    client.on('close', () => upstream.destroy());
    client.pipe(upstream);
    upstream.pipe(client);
    carried.push({ client, upstream });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;

  return {
    through(url) {
      const proxied = new URL(url);
      proxied.hostname = '127.0.0.1';
      proxied.port = String(port);
      return proxied.toString();
    },
    freezeOpen() {
      for (const { client, upstream } of carried) {
        client.unpipe(upstream);
        upstream.unpipe(client);
        client.pause();
        upstream.pause();
      }
    },
    holdNew(hold) {
      holding = hold;
    },
    openConnections: () => clients.size,
    async close() {
      for (const client of clients) client.destroy();
      for (const { upstream } of carried) upstream.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
