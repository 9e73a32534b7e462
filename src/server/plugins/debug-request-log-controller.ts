import { LogController, type FastifyReply, type FastifyRequest } from 'fastify';

/**
 * Fastify's request log lines, quieter: instead of two lines per request at info ("incoming
 * request", "request completed"), one at debug once it is answered. LOG_LEVEL=debug shows the
 * traffic; at info the log keeps to what happened. A response that failed is still logged as an error.
 */
export class DebugRequestLogController extends LogController {
  override incomingRequest(): void {}

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    if (error) {
      super.requestCompleted(error, request, reply);
      return;
    }
    if (this.isLogDisabled(request)) return;
    reply.log.debug(
      {
        method: request.method,
        url: request.url,
        statusCode: reply.statusCode,
        responseTimeMs: Math.round(reply.elapsedTime),
      },
      'request answered',
    );
  }
}
