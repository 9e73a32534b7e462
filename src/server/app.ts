import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { Services } from '../app/create-services.js';
import { checkExposure } from './check-exposure.js';
import { createAccessToken, registerAccessCheck } from './plugins/access-token.js';
import { registerCloseConnectionsOnShutdown } from './plugins/close-connections-on-shutdown.js';
import { registerCrossSiteGuard } from './plugins/cross-site-guard.js';
import { registerErrorHandler } from './plugins/error-handler.js';
import { registerJsonBodyParser } from './plugins/json-body-parser.js';
import { DebugRequestLogController } from './plugins/debug-request-log-controller.js';
import { registerSecurity } from './plugins/security.js';
import { registerSignInCheck } from './plugins/sign-in-check.js';
import { registerWebClient } from './plugins/web-client.js';
import { adminUserRoutes } from './routes/admin-user-routes.js';
import { authRoutes } from './routes/auth-routes.js';
import { estimateRoutes } from './routes/estimate-routes.js';
import { generationRoutes } from './routes/generation-routes.js';
import { healthRoutes } from './routes/health-routes.js';
import { infoRoutes } from './routes/info-routes.js';
import { practiceRoutes } from './routes/practice-routes.js';
import { sessionRoutes } from './routes/session-routes.js';
import { noAccountRoutes, signInRoutes } from './routes/sign-in-routes.js';

/**
 * Who may use the API: in team mode a signed-in account (sign-in and admin routes); in single-user
 * mode everyone, or whoever holds APP_TOKEN when it is set.
 */
async function registerAccess(app: FastifyInstance, services: Services): Promise<void> {
  const { config } = services;
  const secureCookie = config.publicOrigin?.startsWith('https:') ?? false;
  if (config.mode === 'team') {
    await registerSignInCheck(app, services.signIn);
    await app.register(signInRoutes, { signIn: services.signIn, secureCookie });
    await app.register(adminUserRoutes, { users: services.users, budgetStatus: services.budgetStatus });
    return;
  }
  const accessToken = config.appToken === null ? null : createAccessToken(config.appToken);
  await registerAccessCheck(app, accessToken);
  if (accessToken !== null) await app.register(authRoutes, { accessToken, secureCookie });
  await app.register(noAccountRoutes);
}

/** Builds the HTTP app over the services without listening: main.ts listens, tests listen on port 0. */
export async function buildApp(services: Services): Promise<FastifyInstance> {
  const { config } = services;
  checkExposure(config);
  const app = Fastify({
    loggerInstance: services.logger as FastifyBaseLogger,
    bodyLimit: 256 * 1024,
    logController: new DebugRequestLogController(),
    // request.ip (the sign-in limit's key) and request.protocol from the proxy named in TRUST_PROXY only.
    trustProxy: config.trustProxy ?? false,
  });
  registerErrorHandler(app);
  // Before the routes' own preClose hooks, which end what is in flight.
  registerCloseConnectionsOnShutdown(app);
  registerJsonBodyParser(app);
  await registerSecurity(app, { bindHost: config.host, publicOrigin: config.publicOrigin });
  registerCrossSiteGuard(app, { publicOrigin: config.publicOrigin });
  await registerAccess(app, services);
  await app.register(healthRoutes, { services });
  await app.register(infoRoutes, { services });
  await app.register(estimateRoutes, { services });
  await app.register(generationRoutes, { services });
  await app.register(practiceRoutes, { services });
  await app.register(sessionRoutes, { services });
  await registerWebClient(app, config.webRoot);
  return app;
}
