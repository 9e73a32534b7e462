import type { FastifyInstance } from 'fastify';
import type { Services } from '../../app/create-services.js';
import { createEstimateRequestSchema } from '../../app/estimate/estimate-generation.js';
import { bodyLimitFor } from './body-limit-for.js';

/**
 * POST /api/estimate: tokens and cost of a request before it is sent. Lenient about the job
 * description (the form calls it while the user types).
 */
export async function estimateRoutes(app: FastifyInstance, options: { services: Services }): Promise<void> {
  const { services } = options;
  const requestSchema = createEstimateRequestSchema(services.config);
  app.post('/api/estimate', { bodyLimit: bodyLimitFor(services.config) }, async (request) =>
    services.estimate(requestSchema.parse(request.body ?? {})),
  );
}
