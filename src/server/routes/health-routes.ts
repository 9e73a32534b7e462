import type { FastifyInstance } from 'fastify';
import type { Services } from '../../app/create-services.js';
import { AppError } from '../../core/errors.js';
import type { HealthAnswer, ReadyAnswer } from '../../core/schemas/api.js';

/**
 * GET /api/health: the server answers, and whether its database does (always 200).
 * GET /api/ready, for a load balancer: 200 while the database answers, 503 `database_unavailable`
 * otherwise (and, from Fastify, while the server is closing).
 */
export async function healthRoutes(app: FastifyInstance, options: { services: Services }): Promise<void> {
  const { services } = options;
  app.get('/api/health', async (): Promise<HealthAnswer> => ({
    status: 'ok',
    database: (await services.databaseReachable()) ? 'ok' : 'unreachable',
  }));
  app.get('/api/ready', async (): Promise<ReadyAnswer> => {
    if (!(await services.databaseReachable())) throw new AppError('database_unavailable');
    return { status: 'ready' };
  });
}
