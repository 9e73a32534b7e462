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
 * loopback address, refusal of any request whose Host header is not a loopback name (DNS rebinding).
 */
export async function registerSecurity(app: FastifyInstance, options: { bindHost: string }): Promise<void> {
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
  if (!isLoopbackHost(options.bindHost)) return;
  app.addHook('onRequest', async (request) => {
    if (!isLoopbackHost(hostNameOf(request.headers.host))) throw new AppError('forbidden');
  });
}
