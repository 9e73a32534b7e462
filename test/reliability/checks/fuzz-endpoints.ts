import fc from 'fast-check';
import { MAX_IMPORT_FILE_BYTES } from '../../../src/core/schemas/session-limits.js';
import { bodyLimitFor } from '../../../src/server/routes/body-limit-for.js';
import { PRACTICE_BODY_LIMIT } from '../../../src/server/routes/practice-routes.js';
import { MAX_JSON_DEPTH } from '../../../src/server/plugins/json-body-parser.js';
import { generateSession, postPractice, practiceBody } from '../../support/fake-practice-session.js';
import { collectEvents, generationBody } from '../../support/sse-client.js';
import { startTestApp, type TestApp } from '../../support/start-test-app.js';
import { fuzzRequest, type FuzzRequest } from '../fuzz-requests.js';
import type { ReliabilityRow } from '../row.js';

const SEED = 20_260_101;
/** Keeps the check near 35 s on two cores. */
const RUNS = 3000;
const TOKEN = 'reliability-fuzz-token-0123456789abcdef';
const MAX_RESPONSE_BOUND_MS = 10_000;
const TOO_LARGE = /too large|10 MB/;
const TOO_DEEP = /levels deep/;

type Answer = { status: number; internal: boolean; durationMs: number; text: string };

/** Sends one request and reads its whole answer; an event stream counts as internal if it ends with an `internal` error. */
async function send(testApp: TestApp, request: FuzzRequest): Promise<Answer | null> {
  const started = Date.now();
  let response: Response;
  try {
    response = await fetch(`${testApp.url}${request.path}`, {
      method: request.method,
      headers: request.headers,
      ...(request.body === undefined ? {} : { body: request.body }),
      signal: AbortSignal.timeout(30_000),
    });
  } catch {
    return null; // a request fetch itself refuses to send
  }
  const text = await response.text().catch(() => '');
  const internal = response.status === 500 || /"code":"internal"/.test(text);
  return { status: response.status, internal, durationMs: Date.now() - started, text };
}

const describe = (request: FuzzRequest) =>
  `${request.method} ${request.path.slice(0, 60)} ${(request.body ?? '').slice(0, 80)}`.replace(/\s+/g, ' ');

/**
 * Bodies just over each limit, and nested just past the depth limit. The app answers a too-large
 * body with 400 invalid_input saying so (its error table has no 413), never with a 500.
 */
function limitRequests(sessionId: string): Array<{ name: string; request: FuzzRequest; says: RegExp }> {
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` };
  const post = (path: string, body: string): FuzzRequest => ({ method: 'POST', path, headers, body });
  const padded = (base: Record<string, unknown>, bytes: number) =>
    JSON.stringify({ ...base, padding: 'x'.repeat(bytes) });
  const limits = { maxInputChars: 5000, maxProfileChars: 8000 };
  const deep = (depth: number) =>
    JSON.stringify({ ...generationBody(), extra: 0 }).replace('0}', `${'['.repeat(depth)}${']'.repeat(depth)}}`);
  return [
    {
      name: 'generation body over its limit',
      request: post('/api/generations', padded(generationBody(), bodyLimitFor(limits))),
      says: TOO_LARGE,
    },
    {
      name: 'estimate body over its limit',
      request: post('/api/estimate', padded(generationBody(), bodyLimitFor(limits))),
      says: TOO_LARGE,
    },
    {
      name: 'practice body over its limit',
      request: post('/api/practice', padded(practiceBody(sessionId), PRACTICE_BODY_LIMIT)),
      says: TOO_LARGE,
    },
    {
      name: 'import over 10 MB',
      request: post('/api/sessions/import', padded({}, MAX_IMPORT_FILE_BYTES)),
      says: TOO_LARGE,
    },
    { name: 'token body over 256 KB', request: post('/api/auth/token', padded({}, 256 * 1024)), says: TOO_LARGE },
    {
      name: `nesting ${MAX_JSON_DEPTH + 1} deep`,
      request: post('/api/generations', deep(MAX_JSON_DEPTH + 1)),
      says: TOO_DEEP,
    },
    { name: 'nesting 200,000 deep', request: post('/api/sessions/import', deep(200_000)), says: TOO_DEEP },
  ];
}

/**
 * Fast-check requests for every route (fixed seed), with APP_TOKEN set so that the access check
 * and /api/auth/token are exercised too: no answer may be a 500 or an `internal` error event.
 */
export async function run(): Promise<ReliabilityRow[]> {
  const testApp = await startTestApp({
    env: { APP_TOKEN: TOKEN, RATE_LIMIT_PER_HOUR: '100000', OPENAI_TIMEOUT_MS: '3000', SESSION_HISTORY_LIMIT: '50' },
  });
  try {
    const auth = { authorization: `Bearer ${TOKEN}` };
    const sessionIds = [
      await generateSession(testApp.url, {}, auth),
      await generateSession(testApp.url, { interviewType: 'technical' }, auth),
    ];
    const practice = await collectEvents(
      await postPractice(testApp.url, practiceBody(sessionIds[0]!), { headers: auth }),
    );
    const attemptIds = practice.filter((event) => event.event === 'done').map((event) => String(event.data.attemptId));
    const importFile = await (await fetch(`${testApp.url}/api/sessions/export`, { headers: auth })).text();
    const requests = fc.sample(fuzzRequest({ sessionIds, attemptIds, importFile, token: TOKEN }), {
      seed: SEED,
      numRuns: RUNS,
    });

    let sent = 0;
    let maxDurationMs = 0;
    const internal: FuzzRequest[] = [];
    const statuses = new Map<number, number>();
    for (const request of requests) {
      const answer = await send(testApp, request);
      if (!answer) continue;
      sent += 1;
      maxDurationMs = Math.max(maxDurationMs, answer.durationMs);
      statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
      if (answer.internal) internal.push(request);
    }
    const byStatus = [...statuses]
      .sort(([left], [right]) => left - right)
      .map(([status, count]) => `${status}:${count}`)
      .join(' ');
    process.stderr.write(`fuzz statuses: ${byStatus}\n`);
    for (const request of internal.slice(0, 5)) process.stderr.write(`fuzz internal: ${describe(request)}\n`);

    const rows: ReliabilityRow[] = [
      {
        check: 'fuzz: 500 / internal answers',
        figure: `${internal.length} of ${sent} requests (seed ${SEED})${internal[0] ? `; first: ${describe(internal[0])}` : ''}`,
        bound: '0',
        ok: internal.length === 0 && sent >= RUNS * 0.9,
      },
      {
        check: 'fuzz: max response time',
        figure: `${(maxDurationMs / 1000).toFixed(2)} s`,
        bound: `<= ${MAX_RESPONSE_BOUND_MS / 1000} s`,
        ok: maxDurationMs <= MAX_RESPONSE_BOUND_MS,
      },
    ];
    for (const { name, request, says } of limitRequests(sessionIds[0]!)) {
      const answer = await send(testApp, request);
      const error = answer
        ? ((JSON.parse(answer.text) as { error?: { code?: string; message?: string } }).error ?? {})
        : {};
      const explained = says.test(error.message ?? '');
      rows.push({
        check: `limits: ${name}`,
        figure: answer ? `HTTP ${answer.status} ${error.code ?? ''}${explained ? ', says why' : ''}` : 'not sent',
        bound: 'HTTP 400 invalid_input, says why',
        ok: answer?.status === 400 && error.code === 'invalid_input' && explained,
      });
    }
    return rows;
  } finally {
    await testApp.close();
  }
}
