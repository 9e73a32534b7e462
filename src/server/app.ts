import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { AppError } from '../core/errors.js';
import { MAX_QUESTION_COUNT, MIN_QUESTION_COUNT } from '../core/schemas/generation-request.js';
import type { PublicConfig } from '../core/schemas/public-config.js';
import { MIN_JOB_DESCRIPTION_CHARS } from '../core/validation/check-job-description.js';
import type { LlmClient } from '../llm/create-llm-client.js';
import type { RateLimitStore } from '../store/rate-limit-store.js';
import type { SessionStore } from '../store/session-store.js';
import type { Config } from './config.js';
import { registerErrorHandler } from './plugins/error-handler.js';
import { registerRateLimit } from './plugins/rate-limit.js';
import { registerSecurity } from './plugins/security.js';
import { registerWebClient } from './plugins/web-client.js';
import { estimateRoutes } from './routes/estimate-routes.js';
import { generationRoutes } from './routes/generation-routes.js';
import { infoRoutes } from './routes/info-routes.js';
import { sessionRoutes } from './routes/session-routes.js';

export type AppDependencies = {
  config: Config;
  llm: LlmClient;
  sessions: SessionStore;
  rateLimitStore: RateLimitStore;
  logger: Logger;
};

/** What the browser may know of the configuration. */
export function toPublicConfig(config: Config): PublicConfig {
  return {
    apiKeyConfigured: config.openai.apiKey !== null,
    apiKeyRequired: config.openai.apiKeyRequired,
    baseUrlHost: new URL(config.openai.baseURL ?? 'https://api.openai.com/v1').host,
    defaultModel: config.openai.defaultModel,
    limits: {
      minInputChars: MIN_JOB_DESCRIPTION_CHARS,
      maxInputChars: config.maxInputChars,
      minQuestionCount: MIN_QUESTION_COUNT,
      maxQuestionCount: MAX_QUESTION_COUNT,
      rateLimitPerHour: config.rateLimitPerHour,
      sessionHistoryLimit: config.sessionHistoryLimit,
    },
  };
}

/** Builds the HTTP app without listening: main.ts listens, tests use inject() or listen on port 0. */
export async function buildApp(dependencies: AppDependencies): Promise<FastifyInstance> {
  const { config } = dependencies;
  const publicConfig = toPublicConfig(config);
  const app = Fastify({
    loggerInstance: dependencies.logger as FastifyBaseLogger,
    bodyLimit: 256 * 1024,
  });
  registerErrorHandler(app);
  await registerSecurity(app, { bindHost: config.host });
  await registerRateLimit(app, dependencies.rateLimitStore);

  await app.register(infoRoutes, { publicConfig });
  await app.register(estimateRoutes, { defaultModel: config.openai.defaultModel, maxInputChars: config.maxInputChars });
  await app.register(generationRoutes, {
    llm: dependencies.llm,
    sessions: dependencies.sessions,
    logger: dependencies.logger,
    maxInputChars: config.maxInputChars,
    rateLimitPerHour: config.rateLimitPerHour,
    assertReady: () => {
      if (publicConfig.apiKeyRequired && !publicConfig.apiKeyConfigured) throw new AppError('no_api_key');
    },
  });
  await app.register(sessionRoutes, { sessions: dependencies.sessions, historyLimit: config.sessionHistoryLimit });
  await registerWebClient(app, config.webRoot);
  return app;
}
