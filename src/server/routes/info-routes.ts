import type { FastifyInstance } from 'fastify';
import { DEFAULT_MODEL_ID, MODEL_REGISTRY } from '../../core/models/model-registry.js';
import type { PublicConfig } from '../../core/schemas/public-config.js';

/** GET /api/health, /api/config (never the key), /api/models (the registry). */
export async function infoRoutes(app: FastifyInstance, options: { publicConfig: PublicConfig }): Promise<void> {
  app.get('/api/health', async () => ({ status: 'ok' }));
  app.get('/api/config', async () => options.publicConfig);
  app.get('/api/models', async () => ({
    defaultModel: options.publicConfig.defaultModel || DEFAULT_MODEL_ID,
    models: MODEL_REGISTRY,
  }));
}
