/**
 * The paced fake upstream in its own process, so that its CPU is never counted as the app's.
 * Started by the benchmark with an IPC channel; answers `mode` (paced or fast replies) and
 * `take-bodies` (the request bodies the app sent, by their BENCH tag, for the direct reference).
 */
import { startFakeOpenAI } from '../../test/support/fake-openai-server.js';
import { fakeScenario } from '../../test/support/fake-openai-scenarios.js';
import { createCompletionTimer, type CompletionFigures } from './stream-clients.js';

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
 * Each streamed reply is timed as the fake writes it: from the moment its request body was read to
 * when the first element of the watched array is complete in what was written, and to [DONE]. An
 * earlier relay in front of the fake timed the bytes as a client receives them, but forwarding
 * every chunk once more (a read and a write each) made this process use more CPU than the app on
 * the same two cores, and so slowed the app it measured. Against a client's view this leaves out one
 * loopback hop, which the app's figure includes.
 */
fake.observeStreams(({ body, headers }, bodyReadAt) => {
  const tag = tagOf(body);
  if (!tag || headers['x-bench-direct']) return null;
  const timer = createCompletionTimer(arrayKeyOf(body), bodyReadAt);
  return (text) => {
    timer.push(text);
    if (timer.figures.completeMs !== null) timings[tag] = timer.figures;
  };
});

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
    void fake.close().then(() => process.exit(0));
  }
});
// A benchmark that crashed leaves no fake behind.
process.on('disconnect', () => process.exit(0));
reply({ type: 'ready', baseURL: fake.baseURL, directURL: fake.baseURL });
