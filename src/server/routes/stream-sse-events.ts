import type { FastifyReply, FastifyRequest } from 'fastify';
import { toApiErrorBody } from '../../core/errors.js';
import { toAppError } from '../plugins/error-handler.js';
import { sseHeaders, writeSseEvent } from './write-sse-event.js';

const HEARTBEAT_MS = 15_000;

/** Whether the client asked for an event stream rather than one JSON document. */
export function wantsEventStream(request: FastifyRequest): boolean {
  return (request.headers.accept ?? '').includes('text/event-stream');
}

/**
 * Sends a use case's events as Server-Sent Events, with a heartbeat; the AppError that ends the
 * events goes out as the `error` event. The events are read to their end even after the client
 * left, so that the use case saves what it had.
 */
export async function streamSseEvents(
  reply: FastifyReply,
  events: AsyncIterable<{ event: string; data: unknown }>,
): Promise<void> {
  reply.hijack();
  const response = reply.raw;
  response.writeHead(200, sseHeaders(reply.getHeaders()));
  response.flushHeaders();
  const heartbeat = setInterval(() => {
    if (!response.destroyed) response.write(': keep-alive\n\n');
  }, HEARTBEAT_MS);
  try {
    for await (const { event, data } of events) {
      if (!response.destroyed) writeSseEvent(response, event, data);
    }
  } catch (error) {
    if (!response.destroyed) writeSseEvent(response, 'error', toApiErrorBody(toAppError(error)));
  } finally {
    clearInterval(heartbeat);
    response.end();
  }
}

/** Aborts the run when the client goes away before the reply is finished. */
export function abortWhenClientLeaves(reply: FastifyReply, abort: () => void): void {
  reply.raw.on('close', () => {
    if (!reply.raw.writableFinished) abort();
  });
}
