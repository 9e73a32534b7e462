import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { Services } from '../app/create-services.js';
import { registerErrorHandler } from './plugins/error-handler.js';
import { registerSecurity } from './plugins/security.js';
import { registerWebClient } from './plugins/web-client.js';
import { estimateRoutes } from './routes/estimate-routes.js';
import { generationRoutes } from './routes/generation-routes.js';
import { infoRoutes } from './routes/info-routes.js';
import { sessionRoutes } from './routes/session-routes.js';

/** Builds the HTTP app over the services without listening: main.ts listens, tests listen on port 0. */
export async function buildApp(services: Services): Promise<FastifyInstance> {
  const { config } = services;
  const app = Fastify({
    loggerInstance: services.logger as FastifyBaseLogger,
    bodyLimit: 256 * 1024,
  });
  registerErrorHandler(app);
  await registerSecurity(app, { bindHost: config.host });
  await app.register(infoRoutes, { services });
  await app.register(estimateRoutes, { services });
  await app.register(generationRoutes, { services });
  await app.register(sessionRoutes, { services });
  await registerWebClient(app, config.webRoot);
  return app;
}
