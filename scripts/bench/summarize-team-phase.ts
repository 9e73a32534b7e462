/** The figures of a team phase from what it recorded (pure: no process, no clock). */
import { percentile, round } from './statistics.js';
import type { HealthProbe, TeamPhaseRecord, TeamStream } from './team-phase.js';

/** Success and server-added latency to the first question (app first question − the fake's, same request). */
export type StreamFigures = {
  streams: number;
  succeeded: number;
  successRate: number | null;
  appFirstP50Ms: number | null;
  appFirstP99Ms: number | null;
  addedP50Ms: number | null;
  addedP99Ms: number | null;
  appWholeP50Ms: number | null;
  /** The most frequent failures, with how many streams ended so. */
  errors: { error: string; count: number }[];
};

export type InstanceFigures = {
  cores: number | null;
  peakRssMb: number | null;
  eventLoopMaxMs: number | null;
  health: HealthFigures;
};

export type HealthFigures = { probes: number; answered: number; p99Ms: number | null; maxMs: number | null };

export type KillFigures = {
  instance: number;
  atMs: number;
  firstElementsBefore: number;
  hangBoundMs: number;
  /** The killed instance's streams, and how they ended (see summarizeKill). */
  killedStreams: number;
  completed: number;
  failedBeforeKill: number;
  endedCleanly: number;
  hung: number;
  /** Longest time from the kill to a killed stream's end (the clean ones), ms. */
  slowestEndAfterKillMs: number | null;
  /** The survivor's /api/health from the kill to the end of the phase. */
  survivorHealthAfterKill: HealthFigures;
};

export type TeamPhaseFigures = {
  wallSeconds: number | null;
  all: StreamFigures;
  byInstance: StreamFigures[];
  instances: InstanceFigures[];
  peakConnections: number;
  peakWaitingOnLocks: number;
  connectionSamples: number;
  loadAverage: { start: number | null; end: number | null; max: number | null };
  /** Cores over the phase of PostgreSQL, the fake upstream, and the benchmark's own clients. */
  otherCores: { postgres: number | null; upstream: number | null; client: number | null };
  kill: KillFigures | null;
};

function summarizeErrors(streams: TeamStream[]): StreamFigures['errors'] {
  const counts = new Map<string, number>();
  for (const { timing } of streams) {
    if (timing.ok) continue;
    const error = timing.error ?? 'no question';
    counts.set(error, (counts.get(error) ?? 0) + 1);
  }
  return [...counts]
    .sort((left, right) => right[1] - left[1])
    .slice(0, 3)
    .map(([error, count]) => ({ error, count }));
}

export function summarizeStreams(streams: TeamStream[], upstream: TeamPhaseRecord['upstream']): StreamFigures {
  const ok = streams.filter(({ timing }) => timing.ok).map(({ timing }) => timing);
  const added = ok.flatMap((timing) => {
    const atFake = upstream[timing.tag]?.firstElementMs;
    return atFake == null ? [] : [timing.firstElementMs! - atFake];
  });
  const first = ok.map((timing) => timing.firstElementMs!);
  return {
    streams: streams.length,
    succeeded: ok.length,
    successRate: streams.length ? round(ok.length / streams.length, 4) : null,
    appFirstP50Ms: round(percentile(first, 50)),
    appFirstP99Ms: round(percentile(first, 99)),
    addedP50Ms: round(percentile(added, 50)),
    addedP99Ms: round(percentile(added, 99)),
    appWholeP50Ms: round(
      percentile(
        ok.map((timing) => timing.completeMs!),
        50,
      ),
    ),
    errors: summarizeErrors(streams),
  };
}

export function summarizeHealth(probes: HealthProbe[]): HealthFigures {
  const answered = probes.flatMap((probe) => (probe.ms === null ? [] : [probe.ms]));
  return {
    probes: probes.length,
    answered: answered.length,
    p99Ms: round(percentile(answered, 99)),
    maxMs: round(answered.length ? Math.max(...answered) : null),
  };
}

/** Ms after the phase began at which a stream ended. */
const endOf = (stream: TeamStream, begin: number) => stream.timing.startedAt - begin + (stream.timing.endedMs ?? 0);

/**
 * The killed instance's streams by how they ended: `done` (before the kill, all of them), an error
 * before the kill, an error within `hangBoundMs` after it (the client saw the connection close),
 * or still open at the bound (hung, given up by the client). The four add up to `killedStreams`.
 */
export function summarizeKill(record: TeamPhaseRecord): KillFigures | null {
  const { kill } = record;
  if (kill === null) return null;
  const sinceKill = (stream: TeamStream) => endOf(stream, record.begin) - kill.atMs;
  const failed = record.streams.filter((stream) => stream.instance === kill.instance && !stream.timing.ok);
  const cleanEnds = failed.filter((stream) => sinceKill(stream) > 0 && sinceKill(stream) < kill.hangBoundMs);
  const survivor = record.instances[1 - kill.instance]!;
  return {
    ...kill,
    atMs: round(kill.atMs)!,
    killedStreams: record.streams.filter((stream) => stream.instance === kill.instance).length,
    completed: record.streams.filter((stream) => stream.instance === kill.instance && stream.timing.ok).length,
    failedBeforeKill: failed.filter((stream) => sinceKill(stream) <= 0).length,
    endedCleanly: cleanEnds.length,
    hung: failed.filter((stream) => sinceKill(stream) >= kill.hangBoundMs).length,
    slowestEndAfterKillMs: round(cleanEnds.length ? Math.max(...cleanEnds.map(sinceKill)) : null),
    survivorHealthAfterKill: summarizeHealth(survivor.health.filter((probe) => probe.atMs >= kill.atMs)),
  };
}

export function summarizeTeamPhase(record: TeamPhaseRecord): TeamPhaseFigures {
  return {
    wallSeconds: round(record.wallSeconds),
    all: summarizeStreams(record.streams, record.upstream),
    byInstance: [0, 1].map((instance) =>
      summarizeStreams(
        record.streams.filter((stream) => stream.instance === instance),
        record.upstream,
      ),
    ),
    instances: record.instances.map((sampling) => ({
      cores: round(sampling.aliveSeconds > 0 ? sampling.cpuSeconds / sampling.aliveSeconds : null, 2),
      peakRssMb: round(sampling.peakRssMb),
      eventLoopMaxMs: round(sampling.eventLoopMaxMs),
      health: summarizeHealth(sampling.health),
    })),
    peakConnections: record.peakConnections,
    peakWaitingOnLocks: record.peakWaitingOnLocks,
    connectionSamples: record.connectionSamples,
    loadAverage: {
      start: round(record.loadAverage.start, 2),
      end: round(record.loadAverage.end, 2),
      max: round(record.loadAverage.max, 2),
    },
    otherCores: {
      postgres: round(record.otherCpuSeconds.postgres / record.wallSeconds, 2),
      upstream: round(record.otherCpuSeconds.upstream / record.wallSeconds, 2),
      client: round(record.otherCpuSeconds.client / record.wallSeconds, 2),
    },
    kill: summarizeKill(record),
  };
}
