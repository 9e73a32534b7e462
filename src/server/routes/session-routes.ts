import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import type { Services } from '../../app/create-services.js';
import { EXPORT_FORMATS, type RenderedExport } from '../../app/export/render-session-export.js';
import type { ClearAnswer, ImportAnswer, SessionAnswer, SessionList } from '../../core/schemas/api.js';
import { SessionIdSchema } from '../../core/schemas/session.js';
import { MAX_IMPORT_FILE_BYTES } from '../../core/schemas/session-limits.js';
import { ownerOf } from '../owner-of.js';
import { registerRawJsonBody } from '../plugins/json-body-parser.js';

// The static routes (`export`, `import`) win over `:id`, and no session may have those ids.
const IdParamsSchema = z.object({ id: SessionIdSchema });
const ExportQuerySchema = z.object({
  format: z.enum(EXPORT_FORMATS, { error: `format must be one of ${EXPORT_FORMATS.join(', ')}.` }),
});

/** The raw JSON body (registerRawJsonBody); no body reads as `null`, which is not an export file. */
function bodyBytes(body: unknown): Uint8Array {
  return body instanceof Uint8Array ? body : new TextEncoder().encode('null');
}

function sendDownload(reply: FastifyReply, rendered: RenderedExport) {
  return reply
    .type(rendered.contentType)
    .header('content-disposition', `attachment; filename="${rendered.filename}"`)
    .send(rendered.body);
}

/** The item with `running: true` when its generation is still streaming into it; unchanged otherwise. */
function markRunning<Item extends { id: string }>(item: Item, running: boolean): Item & { running?: true } {
  return running ? { ...item, running: true } : item;
}

/** History: list, open, delete, clear, export and import saved sessions. */
export async function sessionRoutes(app: FastifyInstance, options: { services: Services }): Promise<void> {
  const { history, generations } = options.services;

  app.get('/api/sessions', async (request): Promise<SessionList> => {
    const owner = ownerOf(request);
    const sessions = await history.list(owner);
    return { sessions: sessions.map((session) => markRunning(session, generations.isRunning(owner, session.id))) };
  });

  app.get('/api/sessions/export', async (request, reply) =>
    sendDownload(reply, await history.exportAll(ownerOf(request))),
  );

  // The file is parsed in a worker thread (importFile), so its JSON body comes unparsed.
  await app.register(async (importContext) => {
    registerRawJsonBody(importContext);
    importContext.post(
      '/api/sessions/import',
      { bodyLimit: MAX_IMPORT_FILE_BYTES },
      async (request): Promise<ImportAnswer> => history.importFile(ownerOf(request), bodyBytes(request.body)),
    );
  });

  app.get('/api/sessions/:id', async (request): Promise<SessionAnswer> => {
    const owner = ownerOf(request);
    const session = await history.require(owner, IdParamsSchema.parse(request.params).id);
    return markRunning(session, generations.isRunning(owner, session.id));
  });

  app.get('/api/sessions/:id/export', async (request, reply) => {
    const { id } = IdParamsSchema.parse(request.params);
    const { format } = ExportQuerySchema.parse(request.query);
    return sendDownload(reply, await history.exportSession(ownerOf(request), id, format));
  });

  app.delete('/api/sessions/:id', async (request, reply) => {
    await history.remove(ownerOf(request), IdParamsSchema.parse(request.params).id);
    return reply.status(204).send();
  });

  app.delete('/api/sessions', async (request): Promise<ClearAnswer> => ({
    deleted: await history.clear(ownerOf(request)),
  }));
}
