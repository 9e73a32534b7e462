import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../../core/errors.js';
import { isLoopbackHost } from '../../app/config.js';

/** The host name of a Host header, without port or IPv6 brackets. */
export function hostNameOf(hostHeader: string | undefined): string {
  if (!hostHeader) return '';
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(hostHeader);
  if (bracketed?.[1]) return bracketed[1].toLowerCase();
  return hostHeader.replace(/:\d+$/, '').toLowerCase();
}

/**
 * Security headers with a strict Content-Security-Policy, and, while the server is bound to a
 * loopback address, refusal of any request whose Host header is not a loopback name or PUBLIC_URL's
 * host (DNS rebinding; a reverse proxy may pass the public name on).
 */
export async function registerSecurity(
  app: FastifyInstance,
  options: { bindHost: string; publicOrigin: string | null },
): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    crossOriginEmbedderPolicy: false,
  });
  // API answers hold a user's sessions, spending and account: no browser cache or proxy keeps them
  // (a shared computer in a careers office, the next person on it).
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.url.startsWith('/api/') && !reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
    return payload;
  });
  if (!isLoopbackHost(options.bindHost)) return;
  const publicHost = options.publicOrigin ? hostNameOf(new URL(options.publicOrigin).host) : null;
  const refusal = publicHost
    ? { message: 'This server only answers requests addressed to localhost or to its PUBLIC_URL. Open the app there.' }
    : {};
  app.addHook('onRequest', async (request) => {
    const host = hostNameOf(request.headers.host);
    if (!isLoopbackHost(host) && host !== publicHost) throw new AppError('forbidden', refusal);
  });
}
