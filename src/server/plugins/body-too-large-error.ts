import type { FastifyRequest } from 'fastify';
import { AppError } from '../../core/errors.js';
import { IMPORT_FILE_TOO_LARGE_MESSAGE } from '../../core/schemas/session-limits.js';

/** Routes whose body is mostly the job description. */
const JOB_DESCRIPTION_ROUTES: ReadonlySet<string> = new Set(['/api/generations', '/api/estimate']);
const IMPORT_ROUTE = '/api/sessions/import';

/** `10 MB`, `400 kB`: a body limit as a user reads it. */
export function formatByteLimit(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} kB`;
}

/** A body over its route's limit, said in terms of what that route carries: a file to import, a job description. */
export function bodyTooLargeError(error: unknown, request: FastifyRequest | undefined): AppError {
  const route = request?.routeOptions.url;
  const limit = request?.routeOptions.bodyLimit;
  const limitText = limit === undefined ? '' : `: the limit is ${formatByteLimit(limit)}`;
  // The import route's limit is MAX_IMPORT_FILE_BYTES, which the message names.
  if (route === IMPORT_ROUTE)
    return new AppError('invalid_input', { message: IMPORT_FILE_TOO_LARGE_MESSAGE, field: 'file', cause: error });
  if (route !== undefined && JOB_DESCRIPTION_ROUTES.has(route))
    return new AppError('invalid_input', {
      message: 'The request is too large. Shorten the job description and try again.',
      field: 'jobDescription',
      cause: error,
    });
  return new AppError('invalid_input', { message: `The request is too large${limitText}.`, cause: error });
}
