import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Services } from '../../app/create-services.js';
import { AppError } from '../../core/errors.js';
import type { CancelAnswer, GenerationAnswer } from '../../core/schemas/api.js';
import type { GenerationEvent } from '../../core/schemas/generation-event.js';
import { SessionIdSchema } from '../../core/schemas/session.js';
import { ownerOf } from '../owner-of.js';
import { bodyLimitFor } from './body-limit-for.js';
import { abortWhenClientLeaves, streamSseEvents, wantsEventStream } from './stream-sse-events.js';

/** A client-chosen id for a generation (JSON mode), which becomes its session id. */
const RequestIdSchema = z.object({
  requestId: z.uuid({ error: 'requestId must be a UUID.' }).optional(),
});
const CancelParamsSchema = z.object({ sessionId: SessionIdSchema });

/**
 * POST /api/generations: streams over SSE, or answers one JSON document.
 * POST /api/generations/:sessionId/cancel: stops a running generation and says what was kept.
 */
export async function generationRoutes(app: FastifyInstance, options: { services: Services }): Promise<void> {
  const { generations, config, checks } = options.services;
  // On shutdown, stop generations in flight (their questions are kept as partial sessions)
  // instead of waiting for them to finish.
  app.addHook('preClose', async () => generations.stopAll());

  app.post('/api/generations', { bodyLimit: bodyLimitFor(config) }, async (request, reply) => {
    const body = request.body ?? {};
    const generationRequest = await checks.generationRequest(body);
    const { requestId } = RequestIdSchema.parse(body);
    const run = await generations.start(ownerOf(request), generationRequest, requestId ? { requestId } : {});
    abortWhenClientLeaves(reply, run.abort);
    if (wantsEventStream(request)) return streamSseEvents(reply, run.events);
    return answerJson(run.events);
  });

  app.post('/api/generations/:sessionId/cancel', async (request, reply) => {
    const { sessionId } = CancelParamsSchema.parse(request.params);
    const answer: CancelAnswer | null = await generations.cancel(ownerOf(request), sessionId);
    if (!answer) {
      throw new AppError('not_found', {
        message: 'No generation with that id is running; it may have finished already.',
      });
    }
    return reply.status(202).send(answer);
  });
}

/** The whole generation as one document; an error reaches the error handler with its field intact. */
async function answerJson(events: AsyncGenerator<GenerationEvent, void>): Promise<GenerationAnswer> {
  let id: string | undefined;
  let result: GenerationAnswer['result'] | undefined;
  let usage: GenerationAnswer['usage'] = null;
  let prompt: GenerationAnswer['prompt'] | undefined;
  for await (const generationEvent of events) {
    switch (generationEvent.event) {
      case 'done':
        id = generationEvent.data.id;
        break;
      case 'result':
        result = generationEvent.data;
        break;
      case 'usage':
        usage = generationEvent.data;
        break;
      case 'prompt':
        prompt = generationEvent.data;
        break;
      case 'started':
      case 'retry':
      case 'question':
      case 'progress':
      case 'error':
        break;
      default: {
        const unknownEvent: never = generationEvent;
        throw new Error(`Unknown generation event: ${JSON.stringify(unknownEvent)}`);
      }
    }
  }
  if (id === undefined || result === undefined || prompt === undefined) throw new AppError('internal');
  return { id, result, usage, prompt };
}
