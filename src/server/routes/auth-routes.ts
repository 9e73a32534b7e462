import type { FastifyInstance } from 'fastify';
import { AppError } from '../../core/errors.js';
import { AccessTokenRequestSchema } from '../../core/schemas/access-token-request.js';
import { ACCESS_COOKIE_NAME, type AccessToken } from '../plugins/access-token.js';

/** How long the browser keeps the access cookie. */
const COOKIE_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

/**
 * POST /api/auth/token `{ token }`: the right token gets an HttpOnly, SameSite=Strict cookie
 * (Secure when PUBLIC_URL is https) that every later API call carries; a wrong one gets 401.
 */
export async function authRoutes(
  app: FastifyInstance,
  options: { accessToken: AccessToken; secureCookie: boolean },
): Promise<void> {
  const { accessToken, secureCookie } = options;
  app.post('/api/auth/token', async (request, reply) => {
    const { token } = AccessTokenRequestSchema.parse(request.body ?? {});
    if (!accessToken.matches(token)) {
      throw new AppError('unauthenticated', {
        message: 'That access token is not right. Check the APP_TOKEN the server was started with, and try again.',
        field: 'token',
      });
    }
    reply.setCookie(ACCESS_COOKIE_NAME, accessToken.cookieValue, {
      httpOnly: true,
      sameSite: 'strict',
      secure: secureCookie,
      path: '/',
      maxAge: COOKIE_MAX_AGE_SECONDS,
    });
    return reply.status(204).send();
  });
}
