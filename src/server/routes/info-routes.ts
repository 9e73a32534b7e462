import type { FastifyInstance } from 'fastify';
import type { Services } from '../../app/create-services.js';
import { MODEL_REGISTRY } from '../../core/models/model-registry.js';
import type { ModelList } from '../../core/schemas/api.js';
import type { PublicConfig } from '../../core/schemas/public-config.js';
import { ownerOf } from '../owner-of.js';

/** GET /api/config (never the key), /api/models (the registry). */
export async function infoRoutes(app: FastifyInstance, options: { services: Services }): Promise<void> {
  const { publicConfig } = options.services;
  // The budget figures change with every generation: read on each request, the rest fixed at start-up.
  app.get('/api/config', async (request): Promise<PublicConfig> => ({
    ...publicConfig,
    // Open without the token or a sign-in, so the page can tell whether to ask for one.
    access: { ...publicConfig.access, granted: request.accessGranted },
    // What was spent is not public: only a browser that gave the token, signed in, or needs neither sees it.
    budgets: request.accessGranted ? await options.services.budgetStatus(ownerOf(request)) : null,
  }));
  app.get('/api/models', async (): Promise<ModelList> => ({
    defaultModel: publicConfig.defaultModel,
    models: [...MODEL_REGISTRY],
  }));
}
