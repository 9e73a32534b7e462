import type { FastifyRequest } from 'fastify';

const API_PATH = /^\/api(?:\/|\?|$)/;

/**
 * True when the request is an API call that needs access (the token, or a sign-in): any path under
 * /api but the `METHOD /route` pairs in `openRoutes`. The matched route decides (an encoded path
 * reaches the same route); the raw path covers 404s. The web client itself is never refused.
 */
export function requiresAccess(request: FastifyRequest, openRoutes: ReadonlySet<string>): boolean {
  const route = request.routeOptions.url;
  if (route !== undefined && openRoutes.has(`${request.method} ${route}`)) return false;
  return API_PATH.test(request.url) || (route !== undefined && API_PATH.test(route));
}
