import type { FastifyInstance } from 'fastify';
import type { Services } from '../../app/create-services.js';
import { MODEL_REGISTRY } from '../../core/models/model-registry.js';
import type { ModelList } from '../../core/schemas/api.js';

/** GET /api/health, /api/config (never the key), /api/models (the registry). */
export async function infoRoutes(app: FastifyInstance, options: { services: Services }): Promise<void> {
  const { publicConfig } = options.services;
  app.get('/api/health', async () => ({ status: 'ok' as const }));
  app.get('/api/config', async () => publicConfig);
  app.get('/api/models', async (): Promise<ModelList> => ({
    defaultModel: publicConfig.defaultModel,
    models: [...MODEL_REGISTRY],
  }));
}
