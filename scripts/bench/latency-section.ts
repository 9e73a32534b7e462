/** Time to the first element through the app against the same request straight to the fake, per pattern and level. */
import { runPhase, type Pattern, type PhaseResult } from './load-phase.js';
import type { AppProcess, Upstream, UpstreamRecords } from './processes.js';
import { percentile, round } from './statistics.js';
import { timeAppStream, timeDirectStream, type StreamTiming } from './stream-clients.js';

export type StreamKind = {
  name: 'generation' | 'practice';
  path: '/api/generations' | '/api/practice';
  elementEvent: 'question' | 'criterion';
  arrayKey: 'questions' | 'criteria';
  /** The request body for the stream tagged `tag`. */
  bodyFor(tag: string): unknown;
};

export type LevelFigures = {
  kind: string;
  pattern: Pattern;
  level: number;
  requests: number;
  measured: number;
  successRate: number;
  appFirstP50Ms: number | null;
  appFirstP99Ms: number | null;
  /** The same requests timed by the fake as it wrote them, in the same run and under the same load. */
  upstreamFirstP50Ms: number | null;
  upstreamFirstP99Ms: number | null;
  addedP50Ms: number | null;
  addedP99Ms: number | null;
  upstreamWholeP50Ms: number | null;
  /** The same bodies sent again straight to the fake on the same schedule, without the app (when run). */
  directFirstP50Ms: number | null;
  directFirstP99Ms: number | null;
  addedVersusDirectP50Ms: number | null;
  addedVersusDirectP99Ms: number | null;
  appWholeP50Ms: number | null;
  /** Whole reply at the fake / app first element: how much sooner the first element shows than the whole reply. */
  wholeOverFirst: number | null;
  appCores: number | null;
  windowCores: number | null;
  /** Cores of the fake upstream and of the benchmark's clients over the phase (same machine). */
  upstreamCores: number | null;
  clientCores: number | null;
  /** Share of all the machine's cores busy in the phase's first 5 s. */
  machineBusyFirst5s: number | null;
  /** POST sent → the app's response headers (admission: validation, bookkeeping, stream started). */
  admissionP50Ms: number | null;
  admissionP99Ms: number | null;
  cpuMsPerStream: number | null;
  cpuMsPerChunk: number | null;
  chunksPerStream: number | null;
  peakRssMb: number | null;
  peakHeapUsedMb: number | null;
  eventLoopMaxMs: number | null;
  eventLoopP99Ms: number | null;
  /** Share of the phase the app's main thread was busy (its worker threads apart). */
  mainThreadBusy: number | null;
  healthP99Ms: number | null;
  healthMaxMs: number | null;
  loadAverage: { start: number; end: number; max: number } | null;
  errors: string[];
};

function summarize(
  kind: StreamKind,
  pattern: Pattern,
  level: number,
  replyMs: number,
  app: PhaseResult,
  records: UpstreamRecords,
  direct: PhaseResult | null,
): LevelFigures {
  const directByTag = new Map((direct?.timings ?? []).map((timing) => [timing.tag, timing]));
  const measuredApp = app.timings.filter((_timing, index) => app.measured[index]);
  const okApp = measuredApp.filter((timing) => timing.ok);
  const admissions = okApp.flatMap((timing) => (timing.headersMs === undefined ? [] : [timing.headersMs]));
  const upstreamPairs = okApp
    .map((timing) => [timing, records.timings[timing.tag]] as const)
    .filter((pair) => pair[1]?.firstElementMs != null && pair[1].completeMs != null);
  const added = upstreamPairs.map(([appTiming, upstream]) => appTiming.firstElementMs! - upstream!.firstElementMs!);
  const upstreamFirst = upstreamPairs.map(([, upstream]) => upstream!.firstElementMs!);
  const directPairs = okApp
    .map((timing) => [timing, directByTag.get(timing.tag)] as const)
    .filter((pair): pair is readonly [StreamTiming, StreamTiming] => pair[1]?.ok === true);
  const addedDirect = directPairs.map(
    ([appTiming, directTiming]) => appTiming.firstElementMs! - directTiming.firstElementMs!,
  );
  const directMeasured = directPairs.map(([, directTiming]) => directTiming);
  const sampling = app.sampling;
  const streamsInWindow = sampling && pattern === 'steady' ? (sampling.windowSeconds * 1000 * level) / replyMs : null;
  const chunks = percentile(
    upstreamPairs.map(([, upstream]) => upstream!.chunks),
    50,
  );
  const cpuPerStream =
    sampling && streamsInWindow
      ? (sampling.windowCpuSeconds * 1000) / streamsInWindow
      : sampling
        ? (sampling.cpuSeconds * 1000) / app.timings.length
        : null;
  const appFirstP50 = percentile(
    okApp.map((timing) => timing.firstElementMs!),
    50,
  );
  const upstreamWhole = percentile(
    upstreamPairs.map(([, upstream]) => upstream!.completeMs!),
    50,
  );
  return {
    kind: kind.name,
    pattern,
    level,
    requests: app.timings.length,
    measured: measuredApp.length,
    successRate: app.timings.filter((timing) => timing.ok).length / app.timings.length,
    appFirstP50Ms: round(appFirstP50),
    appFirstP99Ms: round(
      percentile(
        okApp.map((timing) => timing.firstElementMs!),
        99,
      ),
    ),
    upstreamFirstP50Ms: round(percentile(upstreamFirst, 50)),
    upstreamFirstP99Ms: round(percentile(upstreamFirst, 99)),
    addedP50Ms: round(percentile(added, 50)),
    addedP99Ms: round(percentile(added, 99)),
    upstreamWholeP50Ms: round(upstreamWhole),
    directFirstP50Ms: round(
      percentile(
        directMeasured.map((timing) => timing.firstElementMs!),
        50,
      ),
    ),
    directFirstP99Ms: round(
      percentile(
        directMeasured.map((timing) => timing.firstElementMs!),
        99,
      ),
    ),
    addedVersusDirectP50Ms: round(percentile(addedDirect, 50)),
    addedVersusDirectP99Ms: round(percentile(addedDirect, 99)),
    appWholeP50Ms: round(
      percentile(
        okApp.map((timing) => timing.completeMs!),
        50,
      ),
    ),
    wholeOverFirst: round(upstreamWhole !== null && appFirstP50 ? upstreamWhole / appFirstP50 : null, 2),
    appCores: round(sampling ? sampling.cpuSeconds / sampling.wallSeconds : null, 3),
    windowCores: round(
      sampling && sampling.windowSeconds > 0 ? sampling.windowCpuSeconds / sampling.windowSeconds : null,
      3,
    ),
    upstreamCores: round(sampling?.beside.upstreamCores ?? null, 3),
    clientCores: round(sampling?.beside.clientCores ?? null, 3),
    machineBusyFirst5s: round(sampling?.beside.machineBusyFirst5s ?? null, 2),
    cpuMsPerStream: round(cpuPerStream, 2),
    cpuMsPerChunk: round(cpuPerStream !== null && chunks ? cpuPerStream / chunks : null, 4),
    chunksPerStream: chunks,
    peakRssMb: round(sampling?.peakRssMb ?? null),
    peakHeapUsedMb: round(sampling?.eventLoop?.heapUsedMaxMb ?? null),
    eventLoopMaxMs: round(sampling?.eventLoop?.maxMs ?? null),
    eventLoopP99Ms: round(sampling?.eventLoop?.p99Ms ?? null),
    mainThreadBusy: round(sampling?.eventLoop?.mainThreadBusy ?? null, 3),
    healthP99Ms: round(sampling?.healthP99Ms ?? null),
    admissionP50Ms: round(percentile(admissions, 50)),
    admissionP99Ms: round(percentile(admissions, 99)),
    healthMaxMs: round(sampling?.healthMaxMs ?? null),
    loadAverage: sampling
      ? {
          start: round(sampling.loadAverage.start, 2)!,
          end: round(sampling.loadAverage.end, 2)!,
          max: round(sampling.loadAverage.max, 2)!,
        }
      : null,
    errors: [
      ...new Set(app.timings.filter((timing) => !timing.ok).map((timing) => timing.error ?? 'no element')),
    ].slice(0, 3),
  };
}

/**
 * One pattern at one level through the app, the fake timing each reply as it writes it meanwhile;
 * with `direct`, the same bodies are then sent again on the same schedule straight to the fake.
 */
export async function measureLevel(
  kind: StreamKind,
  pattern: Pattern,
  level: number,
  replyMs: number,
  app: AppProcess,
  upstream: Upstream,
  appTimings: StreamTiming[],
  direct: boolean,
): Promise<LevelFigures> {
  const plan = { pattern, level, replyMs, tagPrefix: `BENCH-${kind.name.slice(0, 3)}-${pattern}-${level}` };
  await upstream.takeBodies(); // drop what earlier phases left
  const appPhase = await runPhase(
    plan,
    (tag) => timeAppStream(`${app.url}${kind.path}`, kind.bodyFor(tag), tag, kind.elementEvent),
    app,
    upstream.child.pid,
  );
  appTimings.push(...appPhase.timings);
  const records = await upstream.takeBodies();
  const directPhase = direct
    ? await runPhase(
        plan,
        async (tag) => {
          const body = records.bodies[tag];
          if (!body)
            return { tag, ok: false, error: 'no upstream body', startedAt: 0, firstElementMs: null, completeMs: null };
          return timeDirectStream(upstream.directURL, body, tag, kind.arrayKey);
        },
        null,
      )
    : null;
  return summarize(kind, pattern, level, replyMs, appPhase, records, directPhase);
}
