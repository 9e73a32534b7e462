import type { FastifyInstance, FastifyRequest } from 'fastify';
import { isLoopbackHost } from '../../app/config.js';
import { AppError } from '../../core/errors.js';
import { hostNameOf } from './security.js';

const STATE_CHANGING_METHODS: ReadonlySet<string> = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export type OwnOrigin = {
  /** The port this server answered on, or null when unknown (then only PUBLIC_URL counts). */
  servedPort: number | null;
  /** PUBLIC_URL's origin, or null. */
  publicOrigin: string | null;
};

/**
 * True when an Origin header names the app itself: PUBLIC_URL's origin, or http on a loopback
 * name (127.0.0.1, localhost, [::1]) with the port the server answered on. Anything else,
 * including `null` (sandboxed frames, file: pages) and another port on this machine, is foreign.
 */
export function isOwnOrigin(origin: string, own: OwnOrigin): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  // A browser sends the exact serialisation; anything else is not one of ours.
  if (url.origin !== origin) return false;
  if (own.publicOrigin !== null && url.origin === own.publicOrigin) return true;
  if (url.protocol !== 'http:' || own.servedPort === null) return false;
  const port = url.port === '' ? 80 : Number(url.port);
  return port === own.servedPort && isLoopbackHost(hostNameOf(url.host));
}

function servedPortOf(request: FastifyRequest): number | null {
  const localPort = request.socket.localPort;
  if (typeof localPort === 'number' && localPort > 0) return localPort;
  const address = request.server.server.address();
  return address !== null && typeof address === 'object' ? address.port : null;
}

/**
 * Refuses a state-changing request (POST, PUT, PATCH, DELETE) that a page of another site sent:
 * its Origin is not the app's own or, without an Origin, its Sec-Fetch-Site is `cross-site`.
 * Requests with neither header (curl, scripts) pass: no browser page can send one of those.
 */
export function registerCrossSiteGuard(app: FastifyInstance, options: { publicOrigin: string | null }): void {
  app.addHook('onRequest', async (request) => {
    if (!STATE_CHANGING_METHODS.has(request.method)) return;
    const origin = request.headers.origin;
    const foreign =
      origin !== undefined
        ? !isOwnOrigin(origin, { servedPort: servedPortOf(request), publicOrigin: options.publicOrigin })
        : request.headers['sec-fetch-site'] === 'cross-site';
    if (foreign) {
      request.log.warn({ origin, method: request.method, url: request.url }, 'cross-site request refused');
      throw new AppError('cross_site');
    }
  });
}
