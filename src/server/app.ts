import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { Services } from '../app/create-services.js';
import { checkExposure } from './check-exposure.js';
import { createAccessToken, registerAccessCheck } from './plugins/access-token.js';
import { registerCrossSiteGuard } from './plugins/cross-site-guard.js';
import { registerErrorHandler } from './plugins/error-handler.js';
import { registerJsonBodyParser } from './plugins/json-body-parser.js';
import { DebugRequestLogController } from './plugins/debug-request-log-controller.js';
import { registerSecurity } from './plugins/security.js';
import { registerWebClient } from './plugins/web-client.js';
import { authRoutes } from './routes/auth-routes.js';
import { estimateRoutes } from './routes/estimate-routes.js';
import { generationRoutes } from './routes/generation-routes.js';
import { infoRoutes } from './routes/info-routes.js';
import { practiceRoutes } from './routes/practice-routes.js';
import { sessionRoutes } from './routes/session-routes.js';

/** Builds the HTTP app over the services without listening: main.ts listens, tests listen on port 0. */
export async function buildApp(services: Services): Promise<FastifyInstance> {
  const { config } = services;
  checkExposure(config);
  const app = Fastify({
    loggerInstance: services.logger as FastifyBaseLogger,
    bodyLimit: 256 * 1024,
    logController: new DebugRequestLogController(),
  });
  registerErrorHandler(app);
  registerJsonBodyParser(app);
  await registerSecurity(app, { bindHost: config.host, publicOrigin: config.publicOrigin });
  registerCrossSiteGuard(app, { publicOrigin: config.publicOrigin });
  const accessToken = config.appToken === null ? null : createAccessToken(config.appToken);
  await registerAccessCheck(app, accessToken);
  if (accessToken !== null) {
    await app.register(authRoutes, { accessToken, secureCookie: config.publicOrigin?.startsWith('https:') ?? false });
  }
  await app.register(infoRoutes, { services });
  await app.register(estimateRoutes, { services });
  await app.register(generationRoutes, { services });
  await app.register(practiceRoutes, { services });
  await app.register(sessionRoutes, { services });
  await registerWebClient(app, config.webRoot);
  return app;
}
