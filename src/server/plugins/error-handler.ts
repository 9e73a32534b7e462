import type { FastifyError, FastifyInstance } from 'fastify';
import { ZodError } from 'zod';
import { AppError, isAppError, toApiErrorBody } from '../../core/errors.js';
import { HTTP_STATUS_FOR_ERROR } from '../http-status-for-error.js';
import { appErrorFromZodError } from '../app-error-from-zod-error.js';

/** Translates anything thrown into the AppError a user may see. */
export function toAppError(error: unknown): AppError {
  if (isAppError(error)) return error;
  if (error instanceof ZodError) return appErrorFromZodError(error);
  const fastifyError = error as Partial<FastifyError>;
  if (fastifyError.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
    return new AppError('invalid_input', {
      message: 'The request is too large. Shorten the job description and try again.',
      field: 'jobDescription',
      cause: error,
    });
  if (fastifyError.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE')
    return new AppError('invalid_input', { message: 'Send the request as JSON.', cause: error });
  if (fastifyError.statusCode === 400 || fastifyError.code === 'FST_ERR_CTP_EMPTY_JSON_BODY')
    return new AppError('invalid_input', { message: 'The request body is not valid JSON.', cause: error });
  return new AppError('internal', { cause: error });
}

/** The one place that maps errors to HTTP status and a body without internals. */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error, request, reply) => {
    const appError = toAppError(error);
    const status = HTTP_STATUS_FOR_ERROR[appError.code];
    if (status >= 500) request.log.error({ err: error }, appError.message);
    else request.log.info({ code: appError.code, err: error }, 'request rejected');
    if (appError.retryAfterSeconds !== undefined) reply.header('retry-after', String(appError.retryAfterSeconds));
    return reply.status(status).send({ error: toApiErrorBody(appError) });
  });
  app.setNotFoundHandler((request, reply) => {
    const error = new AppError('not_found', { message: `No such endpoint: ${request.method} ${request.url}` });
    return reply.status(404).send({ error: toApiErrorBody(error) });
  });
}
