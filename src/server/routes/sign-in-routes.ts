import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { SignInService, SignedInUser } from '../../app/accounts/create-sign-in-service.js';
import { AppError } from '../../core/errors.js';
import { ChangePasswordRequestSchema, LoginRequestSchema, type SignedInAnswer } from '../../core/schemas/sign-in.js';
import { SIGN_IN_COOKIE_NAME } from '../plugins/sign-in-check.js';

function answerFor(user: SignedInUser): SignedInAnswer {
  return { email: user.email, admin: user.admin };
}

/** The signed-in user; the sign-in check lets no request without one reach these routes. */
export function requireSignedInUser(request: FastifyRequest): SignedInUser {
  if (request.signedInUser === null) throw new AppError('unauthenticated');
  return request.signedInUser;
}

/**
 * Team mode: POST /api/auth/login `{ email, password }` answers `{ email, admin }` with the sign-in
 * cookie (HttpOnly, SameSite=Lax, Secure when PUBLIC_URL is https), 401 `invalid_credentials`
 * otherwise; POST /api/auth/logout ends the session; GET /api/auth/me says who is signed in;
 * POST /api/auth/password `{ currentPassword, newPassword }` (204) changes the password and ends
 * the account's other sign-ins.
 */
export async function signInRoutes(
  app: FastifyInstance,
  options: { signIn: SignInService; secureCookie: boolean },
): Promise<void> {
  const { signIn, secureCookie } = options;
  const cookieOptions = { httpOnly: true, sameSite: 'lax', secure: secureCookie, path: '/' } as const;

  app.post('/api/auth/login', async (request, reply): Promise<SignedInAnswer> => {
    const credentials = LoginRequestSchema.parse(request.body ?? {});
    // request.ip is the proxy's X-Forwarded-For only when TRUST_PROXY names that proxy.
    const signedIn = await signIn.signIn(credentials, request.ip);
    // Secure also when the browser reached a trusted proxy over https (X-Forwarded-Proto).
    const secure = secureCookie || request.protocol === 'https';
    const expires = new Date(signedIn.expiresAt);
    reply.setCookie(SIGN_IN_COOKIE_NAME, signedIn.token, { ...cookieOptions, secure, expires });
    return answerFor(signedIn.user);
  });

  app.post('/api/auth/logout', async (request, reply) => {
    const token = request.cookies[SIGN_IN_COOKIE_NAME];
    if (token !== undefined) await signIn.signOut(token);
    reply.clearCookie(SIGN_IN_COOKIE_NAME, cookieOptions);
    return reply.status(204).send();
  });

  app.get('/api/auth/me', async (request): Promise<SignedInAnswer> => answerFor(requireSignedInUser(request)));

  app.post('/api/auth/password', async (request, reply) => {
    requireSignedInUser(request);
    const change = ChangePasswordRequestSchema.parse(request.body ?? {});
    await signIn.changePassword(request.cookies[SIGN_IN_COOKIE_NAME] ?? '', change, request.ip);
    return reply.status(204).send();
  });
}

/** Single-user mode: GET /api/auth/me is 404, so a script can tell there are no accounts. */
export async function noAccountRoutes(app: FastifyInstance): Promise<void> {
  app.get('/api/auth/me', async () => {
    throw new AppError('not_found', {
      message: 'This server runs in single-user mode (MODE=local): there are no accounts to sign in to.',
    });
  });
}
