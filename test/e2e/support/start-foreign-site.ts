import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type ForeignSite = {
  /** http://127.0.0.1:PORT/, another origin than the app's (same machine, other port). */
  url: string;
  close(): Promise<void>;
};

/**
 * A second loopback server standing for an attacker's site: it serves `html` at / to whoever asks.
 * Its own origin differs from the app's only by the port, the closest a foreign page can get.
 */
export async function startForeignSite(html: string): Promise<ForeignSite> {
  const server = http.createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
