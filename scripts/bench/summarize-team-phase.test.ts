import { describe, expect, it } from 'vitest';
import { renderTeamSection } from './render-team-section.js';
import type { StreamTiming } from './stream-clients.js';
import { summarizeStreams, summarizeTeamPhase } from './summarize-team-phase.js';
import type { InstanceSampling, TeamPhaseRecord, TeamStream } from './team-phase.js';

const BEGIN = 1_000;
const KILL_AT_MS = 5_000;
const HANG_BOUND_MS = 10_000;

/** A stream on `instance` sent `startMs` after the phase began that ended `endMs` after it. */
function stream(
  instance: 0 | 1,
  tag: string,
  startMs: number,
  endMs: number,
  outcome: { firstMs?: number; error?: string },
): TeamStream {
  const timing: StreamTiming = {
    tag,
    ok: outcome.error === undefined,
    startedAt: BEGIN + startMs,
    firstElementMs: outcome.firstMs ?? null,
    completeMs: outcome.error === undefined ? endMs - startMs : null,
    endedMs: endMs - startMs,
    ...(outcome.error === undefined ? { sessionId: `session-${tag}` } : { error: outcome.error }),
  };
  return { instance, account: 0, timing };
}

const sampling = (health: InstanceSampling['health']): InstanceSampling => ({
  cpuSeconds: 3,
  aliveSeconds: 6,
  peakRssMb: 200,
  eventLoopMaxMs: null,
  health,
});

function killPhase(streams: TeamStream[]): TeamPhaseRecord {
  return {
    begin: BEGIN,
    wallSeconds: 20,
    streams,
    upstream: { survivor: { firstElementMs: 900, completeMs: 9_000, chunks: 100 } },
    instances: [
      sampling([
        { atMs: 4_900, ms: 5 },
        { atMs: 5_100, ms: 40 },
        { atMs: 5_200, ms: null },
      ]),
      sampling([{ atMs: 4_900, ms: 5 }]),
    ],
    peakConnections: 20,
    peakWaitingOnLocks: 3,
    connectionSamples: 150,
    loadAverage: { start: 1.234, end: 2.345, max: 3.456 },
    otherCpuSeconds: { postgres: 10, upstream: 20, client: 5 },
    kill: { instance: 1, atMs: KILL_AT_MS, firstElementsBefore: 250, hangBoundMs: HANG_BOUND_MS },
  };
}

describe('the kill figures of a team phase', () => {
  const phase = summarizeTeamPhase(
    killPhase([
      stream(0, 'survivor', 0, 12_000, { firstMs: 1_000 }),
      stream(1, 'done-before', 0, 4_000, { firstMs: 1_000 }),
      stream(1, 'failed-before', 0, 3_000, { error: 'error event {"code":"upstream_error"}' }),
      stream(1, 'closed', 100, KILL_AT_MS + 40, { firstMs: 2_000, error: 'terminated (UND_ERR_SOCKET)' }),
      stream(1, 'refused', 0, KILL_AT_MS + 300, { error: 'fetch failed (ECONNRESET)' }),
      stream(1, 'hung', 0, KILL_AT_MS + HANG_BOUND_MS + 2, { firstMs: 1_500, error: 'This operation was aborted' }),
    ]),
  );

  it('sorts the killed instance’s streams into done, failed before, ended cleanly and hung', () => {
    expect(phase.kill).toMatchObject({
      killedStreams: 5,
      completed: 1,
      failedBeforeKill: 1,
      endedCleanly: 2,
      hung: 1,
      slowestEndAfterKillMs: 300,
    });
  });

  it('counts only the survivor’s health probes sent from the kill on', () => {
    expect(phase.kill?.survivorHealthAfterKill).toEqual({ probes: 2, answered: 1, p99Ms: 40, maxMs: 40 });
  });

  it('gives each instance its own success rate', () => {
    expect(phase.byInstance.map((figures) => figures.successRate)).toEqual([1, 0.2]);
    expect(phase.instances[0]).toMatchObject({ cores: 0.5, peakRssMb: 200 });
  });

  it('renders what the killed instance’s clients saw and what the survivor kept doing', () => {
    const markdown = renderTeamSection({
      streams: 6,
      accounts: 1,
      questionCount: 10,
      poolSizePerInstance: 10,
      accountsSetupSeconds: 1,
      phaseA: phase,
      phaseB: {
        ...phase,
        sessions: {
          phaseA: { reported: 6, readable: 6, missing: [] },
          beforeKill: { reported: 1, readable: 1, missing: [] },
          afterKill: { reported: 1, readable: 0, missing: ['session-survivor'] },
        },
        partialSessionsLeft: 2,
        survivorHealthAfterPhase: { probes: 5, answered: 5, p99Ms: 3, maxMs: 3 },
      },
      loggedErrors: [[], [{ message: 'Something went wrong: timeout exceeded when trying to connect', count: 7 }]],
    });
    expect(markdown).toContain(
      'Of its 5 streams: 1 had finished (`done`), 2 ended with an error the client saw (slowest 300 ms after the kill), 1 were still open 10 s after it (hung), 1 had failed before it.',
    );
    expect(markdown).toContain('phase B before the kill 1/1 (both instances), after it 0/1');
    expect(markdown).toContain('| both instances | 6 | 33.3 % |');
    expect(markdown).toContain('PostgreSQL 0.5, the fake upstream 1, the benchmark');
    expect(markdown).toContain('- instance 2: 7× Something went wrong: timeout exceeded when trying to connect');
  });
});

describe('server-added latency of team streams', () => {
  it('is the app’s first question less the fake’s for the same tag, left out where the fake timed none', () => {
    const figures = summarizeStreams(
      [
        stream(0, 'a', 0, 9_000, { firstMs: 1_030 }),
        stream(1, 'b', 0, 9_000, { firstMs: 1_100 }),
        stream(1, 'no-fake-timing', 0, 9_000, { firstMs: 5_000 }),
        stream(0, 'c', 0, 100, { error: 'HTTP 429 rate limited' }),
        stream(0, 'd', 0, 100, { error: 'HTTP 429 rate limited' }),
        stream(0, 'e', 0, 100, { error: 'terminated' }),
      ],
      {
        a: { firstElementMs: 1_000, completeMs: 8_900, chunks: 10 },
        b: { firstElementMs: 1_000, completeMs: 8_900, chunks: 10 },
      },
    );
    expect(figures).toMatchObject({ streams: 6, succeeded: 3, successRate: 0.5, addedP50Ms: 30, addedP99Ms: 100 });
    expect(figures.errors).toEqual([
      { error: 'HTTP 429 rate limited', count: 2 },
      { error: 'terminated', count: 1 },
    ]);
  });
});
