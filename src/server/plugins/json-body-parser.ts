import type { FastifyInstance } from 'fastify';
import { AppError } from '../../core/errors.js';
import { exceedsJsonDepth } from '../../core/parsing/exceeds-json-depth.js';

/** Deeper than any body the API reads (an import file nests about ten levels). */
export const MAX_JSON_DEPTH = 64;

/**
 * Fastify's own JSON parser (prototype poisoning refused), after a linear check that the body
 * nests no deeper than MAX_JSON_DEPTH: a deeply nested body is a clear 400, never seconds of
 * parsing or a stack overflow further on. Registered before the routes, so every route has it.
 */
export function registerJsonBodyParser(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (exceedsJsonDepth(text, MAX_JSON_DEPTH)) {
      const message = `The request body nests objects and arrays more than ${MAX_JSON_DEPTH} levels deep; nothing this app sends or exports does.`;
      done(new AppError('invalid_input', { message }), undefined);
      return;
    }
    parseJson(request, text, done);
  });
}
