import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import { ZodError } from 'zod';
import { AppError, isAppError, toApiErrorBody, type ErrorCode } from '../../core/errors.js';
import { INVALID_JSON_MESSAGE } from '../../core/parsing/parse-json-body.js';
import { HTTP_STATUS_FOR_ERROR } from '../http-status-for-error.js';
import { appErrorFromZodError } from '../app-error-from-zod-error.js';
import { bodyTooLargeError } from './body-too-large-error.js';

/**
 * Codes of 5xx answers that report the server's state rather than a fault (no key configured):
 * logged at info without a stack, like a refused request.
 */
const EXPECTED_REFUSALS: ReadonlySet<ErrorCode> = new Set(['no_api_key']);

/** Translates anything thrown into the AppError a user may see; the request words a too-large body for its route. */
export function toAppError(error: unknown, request?: FastifyRequest): AppError {
  if (isAppError(error)) return error;
  if (error instanceof ZodError) return appErrorFromZodError(error);
  const fastifyError = error as Partial<FastifyError>;
  if (fastifyError.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return bodyTooLargeError(error, request);
  if (fastifyError.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE')
    return new AppError('invalid_input', { message: 'Send the request as JSON.', cause: error });
  if (fastifyError.statusCode === 400 || fastifyError.code === 'FST_ERR_CTP_EMPTY_JSON_BODY')
    return new AppError('invalid_input', { message: INVALID_JSON_MESSAGE, cause: error });
  return new AppError('internal', { cause: error });
}

/** The one place that maps errors to HTTP status and a body without internals. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error, request, reply) => {
    const appError = toAppError(error, request);
    const status = HTTP_STATUS_FOR_ERROR[appError.code];
    if (status >= 500 && !EXPECTED_REFUSALS.has(appError.code)) request.log.error({ err: error }, appError.message);
    else
      request.log.info(
        {
          code: appError.code,
          status,
          field: appError.field,
          reason: appError.message,
          // What the parser or validator said, without the stack: expected, not a fault.
          detail: error instanceof Error && error !== appError ? error.message.slice(0, 300) : undefined,
        },
        'request refused',
      );
    if (appError.retryAfterSeconds !== undefined) reply.header('retry-after', String(appError.retryAfterSeconds));
    return reply.status(status).send({ error: toApiErrorBody(appError) });
  });
  app.setNotFoundHandler((request, reply) => {
    const error = new AppError('not_found', { message: `No such endpoint: ${request.method} ${request.url}` });
    return reply.status(404).send({ error: toApiErrorBody(error) });
  });
}
