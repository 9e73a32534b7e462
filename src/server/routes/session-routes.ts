import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { AppError } from '../../core/errors.js';
import { parseSessionExportFile, sessionsToJson } from '../../core/export/session-to-json.js';
import type { SessionStore } from '../../store/session-store.js';
import { sendSessionExport, EXPORT_FORMATS } from '../export/send-session-export.js';

const IdParamsSchema = z.object({ id: z.string().min(1).max(100) });
const ExportQuerySchema = z.object({
  format: z.enum(EXPORT_FORMATS, { error: `format must be one of ${EXPORT_FORMATS.join(', ')}.` }),
});

/** History: list, open, delete, clear, export and import saved sessions. */
export async function sessionRoutes(
  app: FastifyInstance,
  options: { sessions: SessionStore; historyLimit: number },
): Promise<void> {
  const { sessions } = options;

  async function requireSession(id: string) {
    const session = await sessions.findSession(id);
    if (!session) throw new AppError('not_found', { message: 'That session does not exist; it may have been deleted or pruned from history.' });
    return session;
  }

  app.get('/api/sessions', async () => ({ sessions: await sessions.listSessions() }));

  app.get('/api/sessions/export', async (_request, reply) => {
    const summaries = await sessions.listSessions();
    const all = [];
    for (const summary of summaries) {
      const session = await sessions.findSession(summary.id);
      if (session) all.push(session);
    }
    const date = new Date().toISOString().slice(0, 10);
    return reply
      .type('application/json; charset=utf-8')
      .header('content-disposition', `attachment; filename="interview-prep-history_${date}.json"`)
      .send(sessionsToJson(all));
  });

  app.post('/api/sessions/import', { bodyLimit: 10 * 1024 * 1024 }, async (request) => {
    const parsed = parseSessionExportFile(JSON.stringify(request.body ?? null));
    if (!parsed.ok) throw new AppError('invalid_input', { message: parsed.message, field: 'file' });
    // Sessions older than the newest `historyLimit` are pruned at once: say so.
    const imported = await sessions.importSessions(parsed.sessions);
    return { imported, received: parsed.sessions.length, historyLimit: options.historyLimit };
  });

  app.get('/api/sessions/:id', async (request) => requireSession(IdParamsSchema.parse(request.params).id));

  app.get('/api/sessions/:id/export', async (request, reply) => {
    const session = await requireSession(IdParamsSchema.parse(request.params).id);
    const { format } = ExportQuerySchema.parse(request.query);
    return sendSessionExport(reply, session, format);
  });

  app.delete('/api/sessions/:id', async (request, reply) => {
    const deleted = await sessions.deleteSession(IdParamsSchema.parse(request.params).id);
    if (!deleted) throw new AppError('not_found');
    return reply.status(204).send();
  });

  app.delete('/api/sessions', async () => ({ deleted: await sessions.clearSessions() }));
}
