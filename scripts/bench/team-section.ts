/**
 * The team-mode section: two built instances on one throwaway PostgreSQL database, many accounts,
 * N streams at once split across both (phase A), then the same load with one instance killed
 * (SIGKILL) once half the streams have their first question (phase B).
 */
import { DEFAULT_POOL_SIZE } from '../../src/store/postgres/create-postgres-pool.js';
import { loggedErrorsOf, type LoggedError } from './logged-errors.js';
import { tagged, type Posting } from './postings.js';
import type { AppProcess, Upstream } from './processes.js';
import { round, sleep } from './statistics.js';
import {
  summarizeHealth,
  summarizeTeamPhase,
  type HealthFigures,
  type TeamPhaseFigures,
} from './summarize-team-phase.js';
import { timeAppStream } from './stream-clients.js';
import { createTeamAccounts, type TeamAccount } from './team-accounts.js';
import { runTeamPhase, type HealthProbe, type TeamPhaseRecord, type TeamStream } from './team-phase.js';
import { startTeamInstances, teamSectionUnavailable } from './team-instances.js';
import { checkSessions, countPartialSessions, type SessionsCheck } from './team-sessions-check.js';

/** A killed instance's stream still open this long after the kill counts as hung (and is given up). */
const HANG_BOUND_MS = 10_000;
const KILLED = 1;
const SURVIVOR = 0;
const WARM_UP_STREAMS = 4;

export type TeamSettings = { streams: number; accounts: number; questionCount: number };

export type TeamResults =
  | { skipped: string }
  | {
      streams: number;
      accounts: number;
      questionCount: number;
      poolSizePerInstance: number;
      accountsSetupSeconds: number | null;
      phaseA: TeamPhaseFigures;
      phaseB: TeamPhaseFigures & {
        sessions: { phaseA: SessionsCheck; beforeKill: SessionsCheck; afterKill: SessionsCheck };
        partialSessionsLeft: number;
        survivorHealthAfterPhase: HealthFigures;
      };
      /** Each instance's most frequent error lines over the whole section (its app.log). */
      loggedErrors: LoggedError[][];
    };

/** Five /api/health calls, 100 ms apart, once the phase is over. */
async function probeHealth(app: AppProcess): Promise<HealthFigures> {
  const probes: HealthProbe[] = [];
  for (let index = 0; index < 5; index += 1) {
    const sent = performance.now();
    const response = await fetch(`${app.url}/api/health`).catch(() => null);
    probes.push({ atMs: 0, ms: response?.ok ? performance.now() - sent : null });
    await sleep(100);
  }
  return summarizeHealth(probes);
}

/**
 * A few generations on each instance against the fast fake before measuring, as the single-user
 * app gets from the posting check: the first ones load the tokenizer and the detector.
 */
async function warmUp(
  instances: readonly AppProcess[],
  accounts: TeamAccount[],
  bodyFor: (tag: string) => unknown,
  upstream: Upstream,
): Promise<void> {
  await upstream.setMode('fast');
  try {
    const streams = Array.from({ length: WARM_UP_STREAMS * instances.length }, (_unused, index) => {
      const tag = `BENCH-team-warm-${index}`;
      const instance = index % instances.length;
      return timeAppStream(`${instances[instance]!.url}/api/generations`, bodyFor(tag), tag, 'question', {
        headers: { cookie: accounts[instance]!.cookie },
      });
    });
    const failed = (await Promise.all(streams)).filter((timing) => !timing.ok);
    if (failed.length > 0) throw new Error(`warm-up streams failed: ${failed[0]!.error}`);
  } finally {
    await upstream.setMode('paced');
  }
}

/** The sessions of every `done` of phase A and of phase B, before and after the kill, read through `survivor`. */
async function checkDoneSessions(
  survivor: AppProcess,
  accounts: TeamAccount[],
  recordA: TeamPhaseRecord,
  recordB: TeamPhaseRecord,
  questionCount: number,
) {
  const killedAt = recordB.begin + (recordB.kill?.atMs ?? Number.POSITIVE_INFINITY);
  const endedBeforeKill = (stream: TeamStream) => stream.timing.startedAt + (stream.timing.endedMs ?? 0) <= killedAt;
  const check = (streams: TeamStream[]) => checkSessions(survivor, accounts, streams, questionCount);
  return {
    phaseA: await check(recordA.streams),
    beforeKill: await check(recordB.streams.filter(endedBeforeKill)),
    afterKill: await check(recordB.streams.filter((stream) => !endedBeforeKill(stream))),
  };
}

/** The section (see the file's comment), or why it cannot run here. */
export async function measureTeam(
  upstream: Upstream,
  nextPosting: () => Posting,
  settings: TeamSettings,
  log: (message: string) => void,
): Promise<TeamResults> {
  const unavailable = teamSectionUnavailable();
  if (unavailable !== null) return { skipped: unavailable };
  log('team: PostgreSQL and two instances...');
  const team = await startTeamInstances(upstream.baseURL);
  try {
    const setupStart = performance.now();
    const accounts = await createTeamAccounts(team.databaseUrl, team.instances, settings.accounts);
    const accountsSetupSeconds = round((performance.now() - setupStart) / 1000);
    log(`team: ${accounts.length} accounts signed in (${accountsSetupSeconds} s)`);
    const bodyFor = (tag: string) => ({
      jobDescription: tagged(nextPosting(), tag),
      interviewType: 'technical',
      experienceLevel: 'senior',
      technique: 'zero_shot',
      questionCount: settings.questionCount,
    });
    await warmUp(team.instances, accounts, bodyFor, upstream);
    log(`team A: ${settings.streams} streams across both...`);
    const recordA = await runTeamPhase(
      team,
      accounts,
      { streams: settings.streams, tagPrefix: 'BENCH-team-a', bodyFor },
      upstream,
    );
    const phaseA = summarizeTeamPhase(recordA);
    log(
      `  success ${phaseA.all.successRate}, added p50 ${phaseA.all.addedP50Ms} p99 ${phaseA.all.addedP99Ms} ms, ${phaseA.peakConnections} connections, load ${phaseA.loadAverage.max}`,
    );
    log(`team B: the same, instance ${KILLED + 1} killed at half the first questions...`);
    const recordB = await runTeamPhase(
      team,
      accounts,
      {
        streams: settings.streams,
        tagPrefix: 'BENCH-team-b',
        bodyFor,
        kill: { instance: KILLED, afterFirstElements: Math.ceil(settings.streams / 2), hangBoundMs: HANG_BOUND_MS },
      },
      upstream,
    );
    const phaseB = summarizeTeamPhase(recordB);
    const survivor = team.instances[SURVIVOR];
    const sessions = await checkDoneSessions(survivor, accounts, recordA, recordB, settings.questionCount);
    const results = {
      streams: settings.streams,
      accounts: accounts.length,
      questionCount: settings.questionCount,
      poolSizePerInstance: DEFAULT_POOL_SIZE,
      accountsSetupSeconds,
      phaseA,
      phaseB: {
        ...phaseB,
        sessions,
        partialSessionsLeft: await countPartialSessions(survivor, accounts),
        survivorHealthAfterPhase: await probeHealth(survivor),
      },
      loggedErrors: team.instances.map((instance) => loggedErrorsOf(instance.dataDir)),
    };
    const kill = phaseB.kill;
    log(
      `  killed instance: ${kill?.endedCleanly}/${kill?.killedStreams} ended cleanly, ${kill?.hung} hung; survivor success ${phaseB.byInstance[SURVIVOR]?.successRate}; done sessions readable ${sessions.beforeKill.readable}/${sessions.beforeKill.reported} (before the kill)`,
    );
    return results;
  } finally {
    await team.stop();
  }
}
