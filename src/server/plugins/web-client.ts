import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/** Serves the built single-page app; unknown non-API GET paths get index.html. */
export async function registerWebClient(app: FastifyInstance, webRoot: string | null): Promise<void> {
  if (!webRoot || !fs.existsSync(path.join(webRoot, 'index.html'))) {
    app.get('/', async (_request, reply) =>
      reply
        .type('text/plain; charset=utf-8')
        .send('The web client is not built. Run `npm start` (it builds it) or `npm run build:web`.'),
    );
    return;
  }
  await app.register(fastifyStatic, { root: webRoot, wildcard: false, index: ['index.html'] });
  app.get('/*', async (request, reply) => {
    if (request.url.startsWith('/api/')) return reply.callNotFound();
    return reply.type('text/html; charset=utf-8').sendFile('index.html');
  });
}
