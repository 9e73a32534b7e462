import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../core/errors.js';
import type { GenerationRequest } from '../../core/schemas/generation-request.js';
import { createGenerationRequestSchema } from '../../core/schemas/generation-request-schema.js';
import type { GenerationEvent } from '../../core/schemas/generation-event.js';
import { runGeneration, type GenerationDependencies } from '../generation/run-generation.js';
import { ONE_HOUR_MS } from '../plugins/rate-limit.js';
import { bodyLimitFor } from './body-limit-for.js';
import { sseHeaders, writeSseEvent } from './write-sse-event.js';

export type GenerationRouteOptions = GenerationDependencies & {
  maxInputChars: number;
  /** Throws AppError('no_api_key') when generation cannot run for lack of a key. */
  assertReady: () => void;
  rateLimitPerHour: number;
};

const HEARTBEAT_MS = 15_000;

declare module 'fastify' {
  interface FastifyRequest {
    generationRequest?: GenerationRequest;
  }
}

/** POST /api/generations: streams over SSE, or answers one JSON document. */
export async function generationRoutes(app: FastifyInstance, options: GenerationRouteOptions): Promise<void> {
  const requestSchema = createGenerationRequestSchema({ maxInputChars: options.maxInputChars });
  const running = new Set<AbortController>();
  // On shutdown, stop generations in flight (their questions are kept as partial sessions)
  // instead of waiting for them to finish.
  app.addHook('preClose', async () => {
    for (const controller of running) controller.abort();
  });

  app.post('/api/generations', {
    bodyLimit: bodyLimitFor(options.maxInputChars),
    preValidation: async (request) => {
      request.generationRequest = requestSchema.parse(request.body ?? {});
      options.assertReady();
    },
    config: {
      rateLimit: { max: options.rateLimitPerHour, timeWindow: ONE_HOUR_MS, hook: 'preHandler' },
    },
    handler: async (request, reply) => {
      const generationRequest = request.generationRequest;
      if (!generationRequest) throw new AppError('invalid_input');
      const abortController = new AbortController();
      running.add(abortController);
      reply.raw.on('close', () => {
        running.delete(abortController);
        if (!reply.raw.writableFinished) abortController.abort();
      });
      const events = runGeneration(options, generationRequest, abortController.signal);
      if (wantsEventStream(request)) return streamEvents(reply, events);
      return answerJson(events);
    },
  });
}

function wantsEventStream(request: FastifyRequest): boolean {
  return (request.headers.accept ?? '').includes('text/event-stream');
}

async function streamEvents(reply: FastifyReply, events: AsyncGenerator<GenerationEvent>): Promise<void> {
  reply.hijack();
  const response = reply.raw;
  response.writeHead(200, sseHeaders(reply.getHeaders()));
  response.flushHeaders();
  const heartbeat = setInterval(() => {
    if (!response.destroyed) response.write(': keep-alive\n\n');
  }, HEARTBEAT_MS);
  try {
    for await (const { event, data } of events) {
      if (response.destroyed) continue;
      writeSseEvent(response, event, data);
    }
  } finally {
    clearInterval(heartbeat);
    response.end();
  }
}

async function answerJson(events: AsyncGenerator<GenerationEvent>) {
  const answer: Record<string, unknown> = {};
  for await (const { event, data } of events) {
    if (event === 'error') {
      throw new AppError(data.code, {
        message: data.message,
        ...(data.retryAfterSeconds !== undefined ? { retryAfterSeconds: data.retryAfterSeconds } : {}),
      });
    }
    if (event === 'done') answer.id = data.id;
    if (event === 'result') answer.result = data;
    if (event === 'usage') answer.usage = data;
    if (event === 'prompt') answer.prompt = data;
  }
  return { id: answer.id, result: answer.result, usage: answer.usage ?? null, prompt: answer.prompt };
}
