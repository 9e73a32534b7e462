/** Starts the fake upstream and the built app as child processes, and reads what /proc says about them. */
import { fork, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import type { UpstreamCommand, UpstreamMode, UpstreamReply, UpstreamTiming } from './fake-upstream-process.js';

export const repositoryRoot = path.resolve(import.meta.dirname, '../..');
const CLOCK_TICKS_PER_SECOND = 100; // getconf CLK_TCK on Linux

export type UpstreamRecords = {
  bodies: Record<string, Record<string, unknown>>;
  timings: Record<string, UpstreamTiming>;
};

export type Upstream = {
  /** The fake, which times each reply it streams: what the app is pointed at. */
  baseURL: string;
  /** The fake itself, for requests sent straight to it. */
  directURL: string;
  child: ChildProcess;
  setMode(mode: UpstreamMode): Promise<void>;
  takeBodies(): Promise<UpstreamRecords>;
  close(): Promise<void>;
};

function nextReply<T extends UpstreamReply['type']>(
  child: ChildProcess,
  type: T,
): Promise<Extract<UpstreamReply, { type: T }>> {
  return new Promise((resolve) => {
    const listener = (message: UpstreamReply) => {
      if (message.type !== type) return;
      child.off('message', listener);
      resolve(message as Extract<UpstreamReply, { type: T }>);
    };
    child.on('message', listener);
  });
}

/** The paced fake in its own Node process (tsx loader), on 127.0.0.1. */
export async function startUpstream(): Promise<Upstream> {
  const child = fork(path.join(import.meta.dirname, 'fake-upstream-process.ts'), [], {
    cwd: repositoryRoot,
    execArgv: ['--import', 'tsx', ...(process.env['BENCH_FAKE_NODE_ARGS']?.split(' ').filter(Boolean) ?? [])],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const ready = await nextReply(child, 'ready');
  const send = (command: UpstreamCommand) => child.send(command);
  return {
    baseURL: ready.baseURL,
    directURL: ready.directURL,
    child,
    setMode: async (mode) => {
      const done = nextReply(child, 'mode-set');
      send({ type: 'mode', mode });
      await done;
    },
    takeBodies: async () => {
      const done = nextReply(child, 'bodies');
      send({ type: 'take-bodies' });
      const { bodies, timings } = await done;
      return { bodies, timings };
    },
    close: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      send({ type: 'close' });
      await exited;
    },
  };
}

export type AppProcess = {
  url: string;
  child: ChildProcess;
  dataDir: string;
  /** From spawn to the "ready at" line, in ms. */
  readyMs: number;
  readEventLoop(reset: boolean): Promise<EventLoopFigures | null>;
  stop(): Promise<void>;
};
export type EventLoopFigures = {
  maxMs: number;
  p99Ms: number;
  p50Ms: number;
  meanMs: number;
  heapUsedMaxMb: number;
  /** Share of the phase the main thread was busy (event-loop utilisation; worker threads apart). */
  mainThreadBusy: number;
};

/**
 * Runs the built server (`node dist/node/server/main.js`, as `npm start` does) with a temp data dir;
 * `env` adds to or overrides the benchmark's environment (team mode: MODE, DATABASE_URL...).
 */
export async function startApp(options: {
  upstreamURL: string;
  probe: boolean;
  env?: Record<string, string>;
}): Promise<AppProcess> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-data-'));
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [
      ...(options.probe ? ['--import', path.join(import.meta.dirname, 'event-loop-probe.mjs')] : []),
      // e.g. BENCH_APP_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" to profile the app under load.
      ...(process.env['BENCH_APP_NODE_ARGS']?.split(' ').filter(Boolean) ?? []),
      'dist/node/server/main.js',
    ],
    {
      cwd: repositoryRoot,
      env: {
        PATH: process.env['PATH'] ?? '',
        HOME: os.tmpdir(),
        PORT: '0',
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        LOG_LEVEL: 'info',
        OPENAI_BASE_URL: options.upstreamURL,
        OPENAI_API_KEY: 'sk-bench-0000000000000000',
        RATE_LIMIT_PER_HOUR: '100000',
        SESSION_HISTORY_LIMIT: '1000',
        ...options.env,
      },
      stdio: ['ignore', 'pipe', 'pipe', ...(options.probe ? (['ipc'] as const) : [])],
    },
  );
  const output: string[] = [];
  child.stderr!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`app did not start:\n${output.join('')}`)), 30_000);
    readline.createInterface({ input: child.stdout! }).on('line', (line) => {
      if (output.length < 200) output.push(line);
      const match = /ready at (http:\/\/[\d.:]+)/.exec(line);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => reject(new Error(`app exited with ${code}:\n${output.join('\n')}`)));
  });
  const readyMs = performance.now() - started;
  return {
    url,
    child,
    dataDir,
    readyMs,
    readEventLoop: async (reset) => {
      if (!options.probe) return null;
      const reply = new Promise<EventLoopFigures>((resolve) => {
        const listener = (message: { type?: string } & EventLoopFigures) => {
          if (message.type !== 'event-loop') return;
          child.off('message', listener);
          resolve(message);
        };
        child.on('message', listener);
      });
      child.send({ type: 'event-loop-read', reset });
      return reply;
    },
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** CPU seconds the whole machine has been busy so far (every core, from /proc/stat). */
export function machineBusySeconds(): number {
  const [, ...fields] = fs.readFileSync('/proc/stat', 'utf8').split('\n', 1)[0]!.trim().split(/\s+/);
  const [user, nice, system, , , irq, softirq, steal] = fields.map(Number);
  return (user! + nice! + system! + irq! + softirq! + steal!) / CLOCK_TICKS_PER_SECOND;
}

/** CPU seconds (user + system) the process has used so far, from /proc/<pid>/stat. */
export function cpuSecondsOf(pid: number): number {
  const fields = statFieldsOf(pid);
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND;
}

/** The fields of /proc/<pid>/stat from field 3 (state) on: ppid is [1], utime [11], stime [12], cutime [13], cstime [14]. */
function statFieldsOf(pid: number): string[] {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
}

/**
 * CPU seconds of a process and all its children so far: its own, those of the children it has
 * reaped (cutime, cstime), and those of its live children (PostgreSQL's backends come and go).
 */
export function cpuSecondsWithChildrenOf(pid: number): number {
  const own = statFieldsOf(pid);
  let ticks = Number(own[11]) + Number(own[12]) + Number(own[13]) + Number(own[14]);
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const fields = statFieldsOf(Number(entry));
      if (Number(fields[1]) === pid) ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // Exited while we looked.
    }
  }
  return ticks / CLOCK_TICKS_PER_SECOND;
}

/** A field of /proc/<pid>/status in MB (VmRSS, VmHWM). */
export function memoryMbOf(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
  return match ? Number(match[1]) / 1024 : Number.NaN;
}
