/** Runs one load pattern (steady or burst) at one level and samples the app's process meanwhile. */
import os from 'node:os';
import { cpuSecondsOf, machineBusySeconds, memoryMbOf, type AppProcess, type EventLoopFigures } from './processes.js';
import { percentile, sleep } from './statistics.js';
import type { StreamTiming } from './stream-clients.js';

export type Pattern = 'steady' | 'burst';

export type PhasePlan = {
  pattern: Pattern;
  level: number;
  /** Length of one reply straight from the fake, which spreads the steady arrivals. */
  replyMs: number;
  tagPrefix: string;
};

/** When each request starts (ms after the phase begins), and which of them are measured. */
export function scheduleOf(plan: PhasePlan): { offsets: number[]; measured: boolean[] } {
  if (plan.pattern === 'burst') {
    return { offsets: Array(plan.level).fill(0), measured: Array(plan.level).fill(true) };
  }
  // Arrivals every replyMs/level: after one reply time `level` streams are in flight, and stay so.
  // Those that start once that is reached are measured, for a quarter of a reply time (at least one).
  const interval = plan.replyMs / plan.level;
  const measuredCount = Math.max(1, Math.ceil(plan.level * 0.25));
  const count = plan.level + measuredCount;
  return {
    offsets: Array.from({ length: count }, (_unused, index) => index * interval),
    measured: Array.from({ length: count }, (_unused, index) => index >= plan.level),
  };
}

export type Sampling = {
  cpuSeconds: number;
  /** CPU seconds in the measured window only (steady), and its length. */
  windowCpuSeconds: number;
  windowSeconds: number;
  wallSeconds: number;
  peakRssMb: number;
  healthP50Ms: number | null;
  healthP99Ms: number | null;
  healthMaxMs: number | null;
  eventLoop: EventLoopFigures | null;
  loadAverage: { start: number; end: number; max: number };
  /**
   * Cores used beside the app over the phase: the fake upstream's process and this one (the
   * benchmark's clients); and the share of the machine's cores busy in the phase's first 5 s,
   * when a burst's setup and the fake's first replies all run at once.
   */
  beside: { upstreamCores: number | null; clientCores: number; machineBusyFirst5s: number | null };
};

export type PhaseResult = { timings: StreamTiming[]; measured: boolean[]; sampling: Sampling | null };

/**
 * Starts `send(tag)` on the schedule and waits for every stream. With `app`, samples its CPU
 * (/proc stat), RSS (/proc status), /api/health latency every 100 ms, the load average and the
 * event-loop delay (from the preloaded probe).
 */
export async function runPhase(
  plan: PhasePlan,
  send: (tag: string) => Promise<StreamTiming>,
  app: AppProcess | null,
  upstreamPid?: number,
): Promise<PhaseResult> {
  const { offsets, measured } = scheduleOf(plan);
  const pid = app?.child.pid;
  let sampling = true;
  const health: number[] = [];
  let peakRssMb = 0;
  const loads: number[] = [os.loadavg()[0]!];
  const cpuStart = pid ? cpuSecondsOf(pid) : 0;
  await app?.readEventLoop(true);
  const upstreamCpuStart = upstreamPid ? cpuSecondsOf(upstreamPid) : null;
  const clientCpuStart = process.cpuUsage();
  const machineBusyStart = machineBusySeconds();
  let machineBusyFirst5s: number | null = null;
  const begin = performance.now();
  const firstFiveSeconds = setTimeout(() => {
    machineBusyFirst5s = (machineBusySeconds() - machineBusyStart) / 5 / os.cpus().length;
  }, 5_000);
  const windowStartMs = plan.pattern === 'steady' ? (offsets[plan.level] ?? 0) : 0;
  const windowEndMs = plan.pattern === 'steady' ? windowStartMs + plan.replyMs * 0.5 : Number.POSITIVE_INFINITY;
  let windowCpuStart: number | null = null;
  let windowCpuEnd: number | null = null;
  let windowEndAt = 0;
  const sampler = (async () => {
    if (!app || !pid) return;
    while (sampling) {
      const elapsed = performance.now() - begin;
      if (windowCpuStart === null && elapsed >= windowStartMs) windowCpuStart = cpuSecondsOf(pid);
      if (windowCpuEnd === null && elapsed >= windowEndMs) {
        windowCpuEnd = cpuSecondsOf(pid);
        windowEndAt = elapsed;
      }
      peakRssMb = Math.max(peakRssMb, memoryMbOf(pid, 'VmRSS'));
      loads.push(os.loadavg()[0]!);
      const sent = performance.now();
      try {
        await fetch(`${app.url}/api/health`);
        health.push(performance.now() - sent);
      } catch {
        health.push(Number.POSITIVE_INFINITY);
      }
      await sleep(100);
    }
  })();

  const streams = offsets.map(async (offset, index) => {
    const wait = begin + offset - performance.now();
    if (wait > 0) await sleep(wait);
    return send(`${plan.tagPrefix}-${index}`);
  });
  const timings = await Promise.all(streams);
  const wallSeconds = (performance.now() - begin) / 1000;
  sampling = false;
  clearTimeout(firstFiveSeconds);
  await sampler;
  if (!app || !pid) return { timings, measured, sampling: null };
  const clientCpu = process.cpuUsage(clientCpuStart);
  const cpuEnd = cpuSecondsOf(pid);
  const windowStart = windowCpuStart ?? cpuStart;
  const windowEnd = windowCpuEnd ?? cpuEnd;
  return {
    timings,
    measured,
    sampling: {
      cpuSeconds: cpuEnd - cpuStart,
      windowCpuSeconds: windowEnd - windowStart,
      windowSeconds: ((windowCpuEnd === null ? wallSeconds * 1000 : windowEndAt) - windowStartMs) / 1000,
      wallSeconds,
      peakRssMb,
      healthP50Ms: percentile(health, 50),
      healthP99Ms: percentile(health, 99),
      healthMaxMs: health.length ? Math.max(...health) : null,
      eventLoop: await app.readEventLoop(false),
      loadAverage: { start: loads[0]!, end: os.loadavg()[0]!, max: Math.max(...loads) },
      beside: {
        upstreamCores:
          upstreamPid && upstreamCpuStart !== null
            ? (cpuSecondsOf(upstreamPid) - upstreamCpuStart) / wallSeconds
            : null,
        clientCores: (clientCpu.user + clientCpu.system) / 1e6 / wallSeconds,
        machineBusyFirst5s,
      },
    },
  };
}
