import fc from 'fast-check';
import { generationBody } from '../support/sse-client.js';
import { practiceBody } from '../support/fake-practice-session.js';

/** One HTTP request the fuzzer sends: the body as raw text (it may be anything) or none. */
export type FuzzRequest = { method: string; path: string; headers: Record<string, string>; body?: string };

/** Real ids the fuzzer mixes with odd ones, so that some requests reach a handler's deeper code. */
export type FuzzTargets = { sessionIds: string[]; attemptIds: string[]; importFile: string; token: string };

const EXPORT_FORMATS = ['json', 'markdown', 'csv', 'attempts-csv', 'pdf'];
const GENERATION_FIELDS = [
  'model',
  'language',
  'candidateProfile',
  'sector',
  'roundMinutes',
  'persona',
  'reasoningEffort',
  'temperature',
  'requestId',
];
const PRACTICE_FIELDS = ['threadId', 'spoken', 'longestPauseSeconds', 'requestId'];

const nested = (depth: number, open: string, close: string) => `${open.repeat(depth)}${close.repeat(depth)}`;

/** Strings a careless handler trips over: empty, huge, control and lone-surrogate characters, markup, paths. */
const oddString = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 50 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    '\ud800',
    '💥'.repeat(3000),
    'x'.repeat(200_000),
    '<script>alert(1)</script>',
    '../../etc/passwd',
    '__proto__',
    'constructor',
    'NaN',
    '-1',
    '1e309',
    'null',
  ),
);

/** Values of every JSON type, some of them extreme. */
const oddValue = fc.oneof(
  oddString,
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(null, true, false, 0, -1, 1.5, 1e308, -1e308, Number.MAX_SAFE_INTEGER, 21, 0.0001, [], {}),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

const oddId = fc.oneof(
  fc.uuid(),
  fc.string({ maxLength: 80 }).map(encodeURIComponent),
  fc.constantFrom(
    '',
    'export',
    'import',
    '..',
    '%2e%2e',
    '%2F',
    '%00',
    'a'.repeat(65),
    'a'.repeat(5000),
    '%E2%80%AE',
    '%ZZ',
    'null',
    '1;drop',
    '%F0%9F%92%A5',
  ),
);

/** A body derived from a good one: a field changed to an odd value, removed, or an unknown one added. */
function mutated(base: Record<string, unknown>, extraFields: string[]): fc.Arbitrary<string> {
  const keys = [...Object.keys(base), ...extraFields, '__proto__', 'constructor'];
  return fc
    .tuple(fc.constantFrom(...keys), fc.option(oddValue, { nil: undefined }), fc.boolean())
    .map(([key, value, keep]) => {
      const body: Record<string, unknown> = keep ? { ...base } : {};
      if (value === undefined) delete body[key];
      else Object.defineProperty(body, key, { value, enumerable: true, writable: true, configurable: true });
      return JSON.stringify(body);
    });
}

/** Bodies of every kind: near-valid, any JSON, broken JSON, deeply nested, prototype poisoning, none. */
function bodyFor(base: Record<string, unknown>, extraFields: string[] = []): fc.Arbitrary<string | undefined> {
  return fc.oneof(
    { weight: 4, arbitrary: mutated(base, extraFields) },
    { weight: 1, arbitrary: fc.constant(JSON.stringify(base)) },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value)) },
    { weight: 1, arbitrary: fc.string({ maxLength: 200 }) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        undefined,
        '',
        '{',
        '{"a":',
        'null',
        '[]',
        '{"__proto__":{"polluted":1}}',
        '{"constructor":{"prototype":{"polluted":1}}}',
      ),
    },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom(63, 64, 65, 1000, 100_000)
        .chain((depth) =>
          fc.constantFrom(
            nested(depth, '[', ']'),
            `{"a":${nested(depth, '[', ']')}}`,
            `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`,
          ),
        ),
    },
  );
}

function headersFor(targets: FuzzTargets): fc.Arbitrary<Record<string, string>> {
  // Mostly absent, so that most requests get past the cross-site and access checks to the routes.
  const optional = (values: fc.Arbitrary<string>) =>
    fc.oneof({ weight: 5, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: values });
  return fc
    .record({
      'content-type': optional(
        fc.constantFrom(
          'application/json',
          'application/json; charset=utf-8',
          'application/json; charset=latin1',
          'text/plain',
          'application/x-www-form-urlencoded',
          'multipart/form-data; boundary=x',
          'application/json, text/plain',
          'a/b/c',
        ),
      ),
      accept: optional(
        fc.constantFrom(
          'text/event-stream',
          'application/json',
          '*/*',
          'text/html',
          'text/event-stream;q=0, application/json',
          '',
        ),
      ),
      authorization: fc.oneof(
        { weight: 8, arbitrary: fc.constant(`Bearer ${targets.token}`) },
        {
          weight: 1,
          arbitrary: fc.constantFrom(
            '',
            'Bearer',
            'Bearer wrong-token-0123456789',
            `Basic ${targets.token}`,
            `Bearer ${'x'.repeat(10_000)}`,
          ),
        },
      ),
      origin: optional(fc.constantFrom('https://evil.example', 'null', 'http://127.0.0.1', 'http://localhost:1')),
      cookie: optional(fc.constantFrom('interview_prep_token=nope', `a=${'b'.repeat(4000)}`, '=;=;')),
      'x-forwarded-for': optional(fc.constantFrom('1.2.3.4', 'garbage', '::1, 10.0.0.1')),
    })
    .map(
      (headers) =>
        Object.fromEntries(Object.entries(headers).filter(([, value]) => value !== undefined)) as Record<
          string,
          string
        >,
    );
}

/** Every route of src/server/routes, with odd ids, queries, bodies and headers. */
export function fuzzRequest(targets: FuzzTargets): fc.Arbitrary<FuzzRequest> {
  const sessionId = fc.oneof(fc.constantFrom(...targets.sessionIds), oddId);
  const attemptId = fc.oneof(fc.constantFrom(...targets.attemptIds), oddId);
  const format = fc.oneof(
    fc.constantFrom(...EXPORT_FORMATS),
    fc.constantFrom('', 'PDF', 'xml', 'json&format=pdf', '%00'),
    fc.string({ maxLength: 20 }).map(encodeURIComponent),
  );
  const importBase = JSON.parse(targets.importFile) as Record<string, unknown>;
  const route = fc.oneof(
    fc
      .constantFrom(
        '/api/health',
        '/api/config',
        '/api/models',
        '/api/sessions',
        '/api/sessions/export',
        '/api/nowhere',
        '/',
        '/index.html',
        '/api/sessions/export?format=pdf',
      )
      .map((path) => ({ method: 'GET', path })),
    fc.record({
      method: fc.constantFrom('PUT', 'PATCH', 'OPTIONS', 'HEAD'),
      path: fc.constantFrom('/api/generations', '/api/sessions', '/api/health'),
    }),
    sessionId.map((id) => ({ method: 'GET', path: `/api/sessions/${id}` })),
    fc
      .tuple(sessionId, format)
      .map(([id, value]) => ({ method: 'GET', path: `/api/sessions/${id}/export?format=${value}` })),
    sessionId.map((id) => ({ method: 'DELETE', path: `/api/sessions/${id}` })),
    fc.constant({ method: 'DELETE', path: '/api/sessions' }),
    bodyFor(generationBody(), GENERATION_FIELDS).map((body) => ({ method: 'POST', path: '/api/generations', body })),
    bodyFor(generationBody(), GENERATION_FIELDS).map((body) => ({ method: 'POST', path: '/api/estimate', body })),
    sessionId.map((id) => ({ method: 'POST', path: `/api/generations/${id}/cancel`, body: '{}' })),
    fc
      .tuple(fc.constantFrom(...targets.sessionIds), fc.constantFrom('coach', 'interview'))
      .chain(([id, mode]) => bodyFor(practiceBody(id, { mode }), PRACTICE_FIELDS))
      .map((body) => ({ method: 'POST', path: '/api/practice', body })),
    attemptId.map((id) => ({ method: 'POST', path: `/api/practice/${id}/cancel` })),
    fc
      .tuple(attemptId, bodyFor({ criterion: 'structure' }))
      .map(([id, body]) => ({ method: 'POST', path: `/api/practice/${id}/explain`, body })),
    bodyFor(importBase, ['version', 'exportedAt']).map((body) => ({
      method: 'POST',
      path: '/api/sessions/import',
      body,
    })),
    bodyFor({ token: targets.token }).map((body) => ({ method: 'POST', path: '/api/auth/token', body })),
  );
  return fc
    .tuple(route, headersFor(targets))
    .map(([request, headers]) => ({ ...request, headers: { 'content-type': 'application/json', ...headers } }));
}
