import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { LOCAL_OWNER } from '../../app/ports.js';
import { AppError } from '../../core/errors.js';
import { requiresAccess } from './requires-access.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** True when the request may use the API: no APP_TOKEN is set, or it carried the token or the cookie. */
    accessGranted: boolean;
  }
}

/** The cookie the browser gets for the token (HttpOnly, SameSite=Strict). */
export const ACCESS_COOKIE_NAME = 'interview_prep_access';

/**
 * Routes that answer without the token: health and readiness, the public configuration, the token
 * exchange, and /api/auth/me (404: no accounts in single-user mode).
 */
const OPEN_ROUTES: ReadonlySet<string> = new Set([
  'GET /api/health',
  'HEAD /api/health',
  'GET /api/ready',
  'HEAD /api/ready',
  'GET /api/config',
  'HEAD /api/config',
  'POST /api/auth/token',
  'GET /api/auth/me',
]);

function sha256(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}

/** Constant-time equality over equal-length digests, so neither content nor length leaks. */
function sameSecret(candidate: string, expectedDigest: Buffer): boolean {
  return timingSafeEqual(sha256(candidate), expectedDigest);
}

/** The server's APP_TOKEN as the checks need it; the token itself stays inside. */
export type AccessToken = {
  /** True when `candidate` is the token. */
  matches(candidate: string): boolean;
  /** The cookie's value: derived from the token, so the cookie never holds the token itself. */
  readonly cookieValue: string;
  /** True when the request carries `Authorization: Bearer <token>` or the cookie. */
  grants(request: FastifyRequest): boolean;
};

export function createAccessToken(token: string): AccessToken {
  const tokenDigest = sha256(token);
  const cookieValue = createHmac('sha256', token).update('interview-prep access cookie v1').digest('base64url');
  const cookieDigest = sha256(cookieValue);
  const matches = (candidate: string) => sameSecret(candidate, tokenDigest);
  return {
    matches,
    cookieValue,
    grants(request) {
      const bearer = /^Bearer\s+(.+)$/i.exec(request.headers.authorization ?? '')?.[1];
      if (bearer !== undefined && matches(bearer.trim())) return true;
      const cookie = request.cookies[ACCESS_COOKIE_NAME];
      return cookie !== undefined && sameSecret(cookie, cookieDigest);
    },
  };
}

/**
 * Single-user mode's access check. With APP_TOKEN set, every API call needs the token (bearer) or
 * the cookie POST /api/auth/token gave; /api/health, /api/ready and /api/config stay open, and so
 * does the web client (it asks for the token). Without it, every request is granted. Sets
 * `request.accessGranted` either way, and `request.owner` (LOCAL_OWNER) once access is granted.
 */
export async function registerAccessCheck(app: FastifyInstance, accessToken: AccessToken | null): Promise<void> {
  app.decorateRequest('accessGranted', false);
  app.decorateRequest('owner', null);
  if (accessToken === null) {
    app.addHook('onRequest', async (request) => {
      request.accessGranted = true;
      request.owner = LOCAL_OWNER;
    });
    return;
  }
  await app.register(fastifyCookie);
  app.addHook('onRequest', async (request, reply) => {
    request.accessGranted = accessToken.grants(request);
    request.owner = request.accessGranted ? LOCAL_OWNER : null;
    if (request.accessGranted || !requiresAccess(request, OPEN_ROUTES)) return;
    reply.header('www-authenticate', 'Bearer realm="interview-prep"');
    throw new AppError('unauthenticated');
  });
}
