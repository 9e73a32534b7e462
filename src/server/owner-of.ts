import type { FastifyRequest } from 'fastify';
import { LOCAL_OWNER, type Owner } from '../app/ports.js';

/**
 * Whose data a request works on. Single-user mode has one owner; a signed-in user will be the
 * owner in team mode, decided here and nowhere else.
 */
export function ownerOf(_request: FastifyRequest): Owner {
  return LOCAL_OWNER;
}
