import type { FastifyInstance } from 'fastify';

/**
 * Once the app is closing, every response says `Connection: close`. The requests in flight when
 * the shutdown began (a stream being stopped, a cancel ended at once) finish after the server
 * closed its idle connections: without it their keep-alive connections would hold the close open
 * until the shutdown grace runs out.
 */
export function registerCloseConnectionsOnShutdown(app: FastifyInstance): void {
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onSend', async (request, reply) => {
    if (closing && request.raw.httpVersionMajor < 2) reply.header('connection', 'close');
  });
}
