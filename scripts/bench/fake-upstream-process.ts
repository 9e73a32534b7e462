/**
 * The paced fake upstream in its own process, so that its CPU is never counted as the app's.
 * Started by the benchmark with an IPC channel; answers `mode` (paced or fast replies) and
 * `take-bodies` (the request bodies the app sent, by their BENCH tag, for the direct reference).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startFakeOpenAI } from '../../test/support/fake-openai-server.js';
import { fakeScenario } from '../../test/support/fake-openai-scenarios.js';
import { chunksOf, createCompletionTimer, type CompletionFigures } from './stream-clients.js';

export type UpstreamMode = 'paced' | 'fast';
export type UpstreamCommand = { type: 'mode'; mode: UpstreamMode } | { type: 'take-bodies' } | { type: 'close' };
/**
 * The same request timed as a client sending it straight to the fake sees it, while the app waits
 * for it: ms from the request to the first complete element of the watched array, and to [DONE].
 */
export type UpstreamTiming = CompletionFigures;
export type UpstreamReply =
  | { type: 'ready'; baseURL: string; directURL: string }
  | { type: 'mode-set' }
  | {
      type: 'bodies';
      bodies: Record<string, Record<string, unknown>>;
      timings: Record<string, UpstreamTiming>;
    };

const FIRST_TOKEN_DELAY_MS = Number(process.env['BENCH_FIRST_TOKEN_MS'] ?? 300);
const TOKENS_PER_SECOND = Number(process.env['BENCH_TOKENS_PER_SECOND'] ?? 80);
const TAG = /BENCH-[a-z0-9-]+/g;

/** The request's tag: the last one in its messages (a practice prompt quotes its session's posting first). */
function tagOf(body: Record<string, unknown>): string | undefined {
  return JSON.stringify(body['messages'] ?? '')
    .match(TAG)
    ?.at(-1);
}

const scenarios = {
  paced: fakeScenario.streamReply({ firstTokenDelayMs: FIRST_TOKEN_DELAY_MS, tokensPerSecond: TOKENS_PER_SECOND }),
  fast: fakeScenario.streamReply({ chunkSize: 400 }),
};

const fake = await startFakeOpenAI();
fake.setDefault(scenarios.paced);
const reply = (message: UpstreamReply) => process.send?.(message);
const timings: Record<string, UpstreamTiming> = {};

/** Which array the request's schema streams: practice feedback streams criteria, generations questions. */
function arrayKeyOf(body: Record<string, unknown>): string {
  const format = body['response_format'] as { json_schema?: { name?: string } } | undefined;
  return format?.json_schema?.name === 'practice_feedback' ? 'criteria' : 'questions';
}

/**
 * The app talks to this relay, which sends each request on to the fake with fetch, as a direct
 * client would, and times that request from its side while passing every byte back unchanged.
 */
const relay = createServer((request, response) => {
  void (async () => {
    const parts: Buffer[] = [];
    for await (const part of request) parts.push(part as Buffer);
    const raw = Buffer.concat(parts);
    const sentAt = performance.now();
    let body: Record<string, unknown> = {};
    try {
      body = JSON.parse(raw.toString('utf8')) as Record<string, unknown>;
    } catch {
      // Passed on as it is; the fake answers it.
    }
    const tag = tagOf(body);
    const abort = new AbortController();
    response.on('close', () => abort.abort());
    const upstream = await fetch(`${fake.baseURL}${(request.url ?? '').replace(/^\/v1/, '')}`, {
      method: request.method ?? 'POST',
      headers: { 'content-type': 'application/json', authorization: request.headers.authorization ?? '' },
      body: request.method === 'GET' ? null : raw,
      signal: abort.signal,
    });
    response.writeHead(upstream.status, Object.fromEntries(upstream.headers));
    const timer = createCompletionTimer(arrayKeyOf(body), sentAt);
    for await (const value of chunksOf(upstream.body)) {
      response.write(value);
      if (tag) timer.push(value);
    }
    response.end();
    if (tag) timings[tag] = timer.figures;
  })().catch(() => response.destroy());
});
await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', resolve));
const relayURL = `http://127.0.0.1:${(relay.address() as AddressInfo).port}/v1`;

process.on('message', (command: UpstreamCommand) => {
  if (command.type === 'mode') {
    fake.setDefault(scenarios[command.mode]);
    reply({ type: 'mode-set' });
  } else if (command.type === 'take-bodies') {
    const bodies: Record<string, Record<string, unknown>> = {};
    for (const request of fake.requests) {
      if (request.headers['x-bench-direct']) continue;
      const tag = tagOf(request.body);
      if (tag) bodies[tag] = request.body;
    }
    fake.requests.length = 0;
    reply({ type: 'bodies', bodies, timings: { ...timings } });
    for (const tag of Object.keys(timings)) delete timings[tag];
  } else {
    relay.closeAllConnections();
    relay.close();
    void fake.close().then(() => process.exit(0));
  }
});
// A benchmark that crashed leaves no fake behind.
process.on('disconnect', () => process.exit(0));
reply({ type: 'ready', baseURL: relayURL, directURL: fake.baseURL });
