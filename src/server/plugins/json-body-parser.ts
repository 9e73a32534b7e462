import type { FastifyInstance } from 'fastify';
import { AppError } from '../../core/errors.js';
import { exceedsJsonDepth } from '../../core/parsing/exceeds-json-depth.js';
import { JSON_TOO_DEEP_MESSAGE, MAX_JSON_DEPTH } from '../../core/parsing/parse-json-body.js';

export { MAX_JSON_DEPTH } from '../../core/parsing/parse-json-body.js';

/**
 * Fastify's own JSON parser (prototype poisoning refused), after a linear check that the body
 * nests no deeper than MAX_JSON_DEPTH: a deeply nested body is a clear 400, never seconds of
 * parsing or a stack overflow further on. Registered before the routes, so every route has it
 * (but the import, which parses its file in a worker thread with parseJsonBody: see
 * registerRawJsonBody).
 */
export function registerJsonBodyParser(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (exceedsJsonDepth(text, MAX_JSON_DEPTH)) {
      done(new AppError('invalid_input', { message: JSON_TOO_DEEP_MESSAGE }), undefined);
      return;
    }
    parseJson(request, text, done);
  });
}

/**
 * In the routes registered on `app` (a plugin's own context), a JSON body arrives as its bytes,
 * unparsed: for a body too large to parse on the event loop, which the route parses elsewhere.
 */
export function registerRawJsonBody(app: FastifyInstance): void {
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));
}
