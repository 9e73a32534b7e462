import { DEFAULT_RETRY_POLICY } from '../../../src/llm/retry-policy.js';
import { generateSession, postPractice, practiceBody, SAMPLE_ANSWER } from '../../support/fake-practice-session.js';
import { generationBody, postGeneration, SAMPLE_JOB_DESCRIPTION } from '../../support/sse-client.js';
import { startTestApp, type TestApp } from '../../support/start-test-app.js';
import { attemptsByMarker } from '../attempts-by-marker.js';
import { FAULT_SCENARIOS, type FaultScenario } from '../fault-scenarios.js';
import type { ReliabilityRow } from '../row.js';
import { countOutcomes, readOutcome, type BurstOutcome } from '../run-burst.js';

const CONCURRENT = 20;
// Generous enough that 20 streams at once on two loaded cores do not time out by themselves.
const TIMEOUT_MS = 5000;
const DURATION_BOUND_MS = 2 * TIMEOUT_MS;
const MAX_ATTEMPTS = DEFAULT_RETRY_POLICY.maxAttempts;

type Measured = BurstOutcome & { attempts: number; repeats: number };
type Kind = 'generation' | 'practice';

const seconds = (milliseconds: number) => `${(milliseconds / 1000).toFixed(1)} s`;

/** 20 requests of one kind at once against one fault; each request's attempts found by its marker word. */
async function burst(testApp: TestApp, kind: Kind, fault: FaultScenario, faultIndex: number) {
  testApp.fake.reset();
  // A session per burst of answers: a session holds at most 200 practice threads.
  const sessionId = kind === 'practice' ? await generateSession(testApp.url) : '';
  testApp.fake.reset();
  if (fault.playedTo === 'always') testApp.fake.setDefault(fault.scenario);
  else testApp.fake.enqueue(...Array.from({ length: CONCURRENT }, () => fault.scenario));
  const measured = await Promise.all(
    Array.from({ length: CONCURRENT }, async (_, index): Promise<Measured> => {
      const marker = `RQ${faultIndex}K${index}Z`;
      const result = await readOutcome((signal) =>
        kind === 'generation'
          ? postGeneration(
              testApp.url,
              generationBody({ jobDescription: `${SAMPLE_JOB_DESCRIPTION}\nRequisition ${marker}.` }),
              signal,
            )
          : postPractice(testApp.url, practiceBody(sessionId, { answer: `${SAMPLE_ANSWER} Ticket ${marker}.` }), {
              signal,
            }),
      );
      return { ...result, ...attemptsByMarker(testApp.fake.requests, marker) };
    }),
  );
  const maxDurationMs = Math.max(...measured.map((item) => item.durationMs));
  const maxAttempts = Math.max(...measured.map((item) => item.attempts));
  const nonRetryableRepeats = fault.retryable ? 0 : measured.reduce((sum, item) => sum + item.repeats, 0);
  const unexpected = measured.find((item) => item.outcome !== fault.expected);
  const ok =
    unexpected === undefined &&
    maxDurationMs <= DURATION_BOUND_MS &&
    measured.every((item) => item.repeats < MAX_ATTEMPTS) &&
    nonRetryableRepeats === 0;
  return { measured, maxDurationMs, maxAttempts, nonRetryableRepeats, unexpected, ok };
}

type BurstResult = Awaited<ReturnType<typeof burst>>;

/** Every fault in turn for one kind of request, on a fresh app (what a model rejected is remembered per app). */
async function runKind(kind: Kind): Promise<Array<{ fault: FaultScenario; result: BurstResult }>> {
  const testApp = await startTestApp({
    env: { OPENAI_TIMEOUT_MS: String(TIMEOUT_MS), RATE_LIMIT_PER_HOUR: '100000' },
    retryPolicy: { ...DEFAULT_RETRY_POLICY, random: () => 0.5 },
  });
  try {
    const results = [];
    for (const [faultIndex, fault] of FAULT_SCENARIOS.entries()) {
      results.push({ fault, result: await burst(testApp, kind, fault, faultIndex) });
    }
    return results;
  } finally {
    await testApp.close();
  }
}

/**
 * Every fault of the fake server, 20 generations (then 20 practice answers) at once each, against
 * the in-process app with the production retry policy (jitter fixed for reproducible timings).
 */
export async function run(): Promise<ReliabilityRow[]> {
  const generations = await runKind('generation');
  const answers = await runKind('practice');
  const all = [...generations, ...answers].map(({ result }) => result);
  const requests = all.reduce((sum, result) => sum + result.measured.length, 0);
  const maxDurationMs = Math.max(...all.map((result) => result.maxDurationMs));
  const maxAttempts = Math.max(...all.map((result) => result.maxAttempts));
  const nonRetryableRepeats = all.reduce((sum, result) => sum + result.nonRetryableRepeats, 0);
  const rows: ReliabilityRow[] = generations.map(({ fault, result }) => ({
    check: `faults: ${fault.name}`,
    figure: `${countOutcomes(result.measured)}; max ${seconds(result.maxDurationMs)}; ${result.maxAttempts} attempts`,
    bound: `all ${fault.expected}; <= ${seconds(DURATION_BOUND_MS)}; <= ${MAX_ATTEMPTS}`,
    ok: result.ok,
  }));
  const practiceTotal = answers.length * CONCURRENT;
  const asDocumented = answers.reduce(
    (sum, { fault, result }) => sum + result.measured.filter((item) => item.outcome === fault.expected).length,
    0,
  );
  const mismatches = answers
    .filter(({ result }) => !result.ok)
    .map(
      ({ fault, result }) =>
        `${fault.name}: ${countOutcomes(result.measured)} (${result.unexpected?.message ?? 'too slow'})`,
    );
  rows.push(
    {
      check: `faults: practice, ${answers.length} faults x ${CONCURRENT}`,
      figure: `${asDocumented}/${practiceTotal} as documented${mismatches.length ? `; ${mismatches.slice(0, 3).join('; ')}` : ''}`,
      bound: `${practiceTotal}/${practiceTotal}`,
      ok: mismatches.length === 0,
    },
    {
      check: 'faults: max duration (all requests)',
      figure: `${seconds(maxDurationMs)} over ${requests} requests`,
      bound: `<= 2 x timeout = ${seconds(DURATION_BOUND_MS)}`,
      ok: maxDurationMs <= DURATION_BOUND_MS,
    },
    {
      check: 'faults: max upstream attempts per request',
      figure: String(maxAttempts),
      bound: `<= ${MAX_ATTEMPTS}`,
      ok: maxAttempts <= MAX_ATTEMPTS,
    },
    {
      check: 'faults: retries of non-retryable errors',
      figure: String(nonRetryableRepeats),
      bound: '0',
      ok: nonRetryableRepeats === 0,
    },
  );
  return rows;
}
