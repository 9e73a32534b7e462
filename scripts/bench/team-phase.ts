/**
 * One load phase of the team section: N streams at once across the two instances, each from its
 * account's cookie, while the instances' CPU, RSS and /api/health and the database's connections
 * are sampled; optionally one instance is killed (SIGKILL) part way.
 */
import os from 'node:os';
import type { TeamAccount } from './team-accounts.js';
import type { TeamInstances } from './team-instances.js';
import {
  cpuSecondsOf,
  cpuSecondsWithChildrenOf,
  memoryMbOf,
  type AppProcess,
  type Upstream,
  type UpstreamRecords,
} from './processes.js';
import { sleep } from './statistics.js';
import { timeAppStream, type StreamTiming } from './stream-clients.js';

const SAMPLE_INTERVAL_MS = 100;
const HEALTH_TIMEOUT_MS = 2_000;

export type TeamPhasePlan = {
  streams: number;
  tagPrefix: string;
  bodyFor(tag: string): unknown;
  /** Kill -9 `instance` once `afterFirstElements` streams have their first question. */
  kill?: { instance: 0 | 1; afterFirstElements: number; hangBoundMs: number };
};

/** One /api/health call: when it was sent (ms after the phase began) and how long it took (null: failed). */
export type HealthProbe = { atMs: number; ms: number | null };

export type InstanceSampling = {
  /** CPU seconds over the phase (up to the kill for the killed one), and the seconds it was alive. */
  cpuSeconds: number;
  aliveSeconds: number;
  peakRssMb: number;
  eventLoopMaxMs: number | null;
  health: HealthProbe[];
};

export type TeamStream = { instance: 0 | 1; account: number; timing: StreamTiming };

/** Everything a phase recorded; times are performance.now() values unless named in ms after `begin`. */
export type TeamPhaseRecord = {
  begin: number;
  wallSeconds: number;
  streams: TeamStream[];
  upstream: UpstreamRecords['timings'];
  instances: InstanceSampling[];
  peakConnections: number;
  /** Most connections seen waiting for a lock at once (the owner locks of decision 012, row locks). */
  peakWaitingOnLocks: number;
  connectionSamples: number;
  loadAverage: { start: number; end: number; max: number };
  /** CPU seconds over the phase of what runs beside the instances on this machine. */
  otherCpuSeconds: { postgres: number; upstream: number; client: number };
  kill: { instance: 0 | 1; atMs: number; firstElementsBefore: number; hangBoundMs: number } | null;
};

function isAlive(app: AppProcess): boolean {
  return app.child.exitCode === null && app.child.signalCode === null;
}

/** Samples one instance every 100 ms until `running()` is false or the process is gone. */
function sampleInstance(app: AppProcess, begin: number, running: () => boolean) {
  const pid = app.child.pid!;
  const figures = { cpuStart: cpuSecondsOf(pid), cpuLast: cpuSecondsOf(pid), lastAt: begin, peakRssMb: 0 };
  const health: HealthProbe[] = [];
  const readResources = () => {
    if (!isAlive(app)) return;
    try {
      const rssMb = memoryMbOf(pid, 'VmRSS');
      if (!Number.isFinite(rssMb)) return; // killed, not yet reaped: no memory, no more CPU
      figures.cpuLast = cpuSecondsOf(pid);
      figures.peakRssMb = Math.max(figures.peakRssMb, rssMb);
      figures.lastAt = performance.now();
    } catch {
      // Gone between the check and the read.
    }
  };
  const loop = (async () => {
    while (running()) {
      readResources();
      const sent = performance.now();
      try {
        const response = await fetch(`${app.url}/api/health`, { signal: AbortSignal.timeout(HEALTH_TIMEOUT_MS) });
        await response.arrayBuffer();
        health.push({ atMs: sent - begin, ms: response.ok ? performance.now() - sent : null });
      } catch {
        health.push({ atMs: sent - begin, ms: null });
      }
      await sleep(SAMPLE_INTERVAL_MS);
    }
  })();
  return {
    readResources,
    finish: async (): Promise<Omit<InstanceSampling, 'eventLoopMaxMs'>> => {
      await loop;
      readResources();
      return {
        cpuSeconds: figures.cpuLast - figures.cpuStart,
        aliveSeconds: (figures.lastAt - begin) / 1000,
        peakRssMb: figures.peakRssMb,
        health,
      };
    },
  };
}

function sampleConnections(team: TeamInstances, running: () => boolean) {
  const figures = { peak: 0, peakWaitingOnLocks: 0, samples: 0 };
  const loop = (async () => {
    while (running()) {
      const { connections, waitingOnLocks } = await team.countConnections();
      figures.peak = Math.max(figures.peak, connections);
      figures.peakWaitingOnLocks = Math.max(figures.peakWaitingOnLocks, waitingOnLocks);
      figures.samples += 1;
      await sleep(SAMPLE_INTERVAL_MS);
    }
  })();
  return async () => {
    await loop;
    return figures;
  };
}

function otherCpuSeconds(team: TeamInstances, upstream: Upstream): TeamPhaseRecord['otherCpuSeconds'] {
  const client = process.cpuUsage();
  return {
    postgres: cpuSecondsWithChildrenOf(team.postgresPid),
    upstream: cpuSecondsOf(upstream.child.pid!),
    client: (client.user + client.system) / 1e6,
  };
}

/**
 * Counts first questions and kills -9 `plan.instance` when they reach `afterFirstElements`;
 * `giveUp` aborts that instance's streams `hangBoundMs` later. Without a plan it never kills.
 */
function createKiller(
  plan: TeamPhasePlan['kill'],
  team: TeamInstances,
  begin: number,
  beforeKill: (instance: 0 | 1) => void,
) {
  const hang = new AbortController();
  let kill: TeamPhaseRecord['kill'] = null;
  let hangTimer: NodeJS.Timeout | undefined;
  let firstElements = 0;
  return {
    giveUp: hang.signal,
    onFirstElement: () => {
      firstElements += 1;
      if (!plan || kill !== null || firstElements < plan.afterFirstElements) return;
      beforeKill(plan.instance);
      team.instances[plan.instance].child.kill('SIGKILL');
      const { instance, hangBoundMs } = plan;
      kill = { instance, atMs: performance.now() - begin, firstElementsBefore: firstElements, hangBoundMs };
      hangTimer = setTimeout(() => hang.abort(), plan.hangBoundMs);
    },
    kill: () => kill,
    stop: () => clearTimeout(hangTimer),
  };
}

/** Runs the phase (see the file's comment); account k streams to instance k % 2, as a cookie-hashing proxy would. */
export async function runTeamPhase(
  team: TeamInstances,
  accounts: TeamAccount[],
  plan: TeamPhasePlan,
  upstream: Upstream,
): Promise<TeamPhaseRecord> {
  await upstream.takeBodies(); // drop what earlier phases left
  await Promise.all(team.instances.map((app) => app.readEventLoop(true)));
  let running = true;
  const otherCpuAtStart = otherCpuSeconds(team, upstream);
  const begin = performance.now();
  const loads = [os.loadavg()[0]!];
  const loadSampler = setInterval(() => loads.push(os.loadavg()[0]!), 1000);
  const samplers = team.instances.map((app) => sampleInstance(app, begin, () => running && isAlive(app)));
  const connections = sampleConnections(team, () => running);
  const killer = createKiller(plan.kill, team, begin, (instance) => samplers[instance]!.readResources());
  const streams = Array.from({ length: plan.streams }, async (_unused, index): Promise<TeamStream> => {
    const account = index % accounts.length;
    const instance = (account % 2) as 0 | 1;
    const tag = `${plan.tagPrefix}-${index}`;
    const timing = await timeAppStream(
      `${team.instances[instance].url}/api/generations`,
      plan.bodyFor(tag),
      tag,
      'question',
      {
        headers: { cookie: accounts[account]!.cookie },
        onFirstElement: killer.onFirstElement,
        ...(plan.kill?.instance === instance ? { signal: killer.giveUp } : {}),
      },
    );
    return { instance, account, timing };
  });
  const finished = await Promise.all(streams);
  const wallSeconds = (performance.now() - begin) / 1000;
  const otherCpuAtEnd = otherCpuSeconds(team, upstream);
  killer.stop();
  running = false;
  clearInterval(loadSampler);
  const sampled = await Promise.all(samplers.map((sampler) => sampler.finish()));
  const eventLoops = await Promise.all(
    team.instances.map((app) => (isAlive(app) ? app.readEventLoop(false) : Promise.resolve(null))),
  );
  const { peak, peakWaitingOnLocks, samples } = await connections();
  return {
    begin,
    wallSeconds,
    streams: finished,
    upstream: (await upstream.takeBodies()).timings,
    instances: sampled.map((sampling, index) => ({ ...sampling, eventLoopMaxMs: eventLoops[index]?.maxMs ?? null })),
    peakConnections: peak,
    peakWaitingOnLocks,
    connectionSamples: samples,
    loadAverage: { start: loads[0]!, end: os.loadavg()[0]!, max: Math.max(...loads) },
    otherCpuSeconds: {
      postgres: otherCpuAtEnd.postgres - otherCpuAtStart.postgres,
      upstream: otherCpuAtEnd.upstream - otherCpuAtStart.upstream,
      client: otherCpuAtEnd.client - otherCpuAtStart.client,
    },
    kill: killer.kill(),
  };
}
