import fastifyCookie from '@fastify/cookie';
import type { FastifyInstance } from 'fastify';
import type { SignInService, SignedInUser } from '../../app/accounts/create-sign-in-service.js';
import { AppError } from '../../core/errors.js';
import { requiresAccess } from './requires-access.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The account this request was signed in with (team mode); null otherwise. */
    signedInUser: SignedInUser | null;
  }
}

/** The team mode's sign-in cookie: the token POST /api/auth/login gave (HttpOnly, SameSite=Lax). */
export const SIGN_IN_COOKIE_NAME = 'interview_prep_session';

/**
 * What answers without a sign-in: health and readiness, the public configuration (without the
 * spending), and the sign-in itself. Everything else under /api is 401 `unauthenticated`.
 */
const OPEN_ROUTES: ReadonlySet<string> = new Set([
  'GET /api/health',
  'HEAD /api/health',
  'GET /api/ready',
  'HEAD /api/ready',
  'GET /api/config',
  'HEAD /api/config',
  'POST /api/auth/login',
]);

const SIGN_IN_NEEDED = 'Sign in first: POST /api/auth/login with your email and password.';

/**
 * The team mode's access check: the sign-in cookie's session, looked up in the database on each
 * API call, sets `request.signedInUser` and `request.owner` (the user's id); without a valid one,
 * every API call but OPEN_ROUTES is refused with 401 `unauthenticated` (and a stale cookie is
 * cleared). APP_TOKEN plays no part here.
 */
export async function registerSignInCheck(app: FastifyInstance, signIn: SignInService): Promise<void> {
  app.decorateRequest('accessGranted', false);
  app.decorateRequest('owner', null);
  app.decorateRequest('signedInUser', null);
  await app.register(fastifyCookie);
  app.addHook('onRequest', async (request, reply) => {
    const needed = requiresAccess(request, OPEN_ROUTES);
    const token = request.cookies[SIGN_IN_COOKIE_NAME];
    // The web client's files need no lookup; /api/config does (a signed-in browser sees its budgets).
    const lookUp = token !== undefined && (needed || request.url.startsWith('/api'));
    const user = lookUp ? await signIn.findSignedInUser(token) : null;
    request.signedInUser = user;
    request.accessGranted = user !== null;
    request.owner = user === null ? null : { ownerId: user.id };
    if (user !== null || !needed) return;
    if (token !== undefined) reply.clearCookie(SIGN_IN_COOKIE_NAME, { path: '/' });
    throw new AppError('unauthenticated', { message: SIGN_IN_NEEDED });
  });
}
