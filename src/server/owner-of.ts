import type { FastifyRequest } from 'fastify';
import type { Owner } from '../app/ports.js';
import { AppError } from '../core/errors.js';

declare module 'fastify' {
  interface FastifyRequest {
    /**
     * Whose data the request works on, set by the access check: LOCAL_OWNER in single-user mode
     * once access is granted, the signed-in user in team mode; null when neither.
     */
    owner: Owner | null;
  }
}

/**
 * Whose data a request works on: 'local' in single-user mode, the signed-in user's id in team mode,
 * decided by the access check and read here and nowhere else. AppError('unauthenticated') when the
 * request has no owner (the access check refuses those before any route that needs one).
 */
export function ownerOf(request: FastifyRequest): Owner {
  if (request.owner === null) throw new AppError('unauthenticated');
  return request.owner;
}
