/** The team-mode section of bench/results.md, from `results.team` (see team-section.ts). */
import type { LoggedError } from './logged-errors.js';
import type { HealthFigures, StreamFigures, TeamPhaseFigures } from './summarize-team-phase.js';
import type { TeamResults } from './team-section.js';
import { markdownTable as table } from './markdown-table.js';

const percent = (rate: number | null) => (rate === null ? 'n/a' : `${Math.round(rate * 1000) / 10} %`);
const pair = (left: number | null, right: number | null) => `${left ?? 'n/a'} / ${right ?? 'n/a'}`;
const health = (figures: HealthFigures) =>
  `${figures.answered}/${figures.probes} answered, p99 ${figures.p99Ms ?? 'n/a'} ms, max ${figures.maxMs ?? 'n/a'} ms`;
const load = (phase: TeamPhaseFigures) =>
  `${phase.loadAverage.start}→${phase.loadAverage.end} (max ${phase.loadAverage.max})`;
const errors = (streams: StreamFigures) =>
  streams.errors.length ? streams.errors.map((error) => `${error.count}× ${error.error}`).join('; ') : '-';

function streamRow(name: string, phase: TeamPhaseFigures, streams: StreamFigures, withLoad: boolean): unknown[] {
  return [
    name,
    streams.streams,
    percent(streams.successRate),
    pair(streams.appFirstP50Ms, streams.appFirstP99Ms),
    `**${pair(streams.addedP50Ms, streams.addedP99Ms)}**`,
    streams.appWholeP50Ms,
    withLoad
      ? `${phase.peakConnections}, ${phase.peakWaitingOnLocks} waiting on a lock (${phase.connectionSamples} samples)`
      : '',
    withLoad ? phase.wallSeconds : '',
    withLoad ? load(phase) : '',
  ];
}

function phaseTables(phase: TeamPhaseFigures): string {
  const streams = table(
    [
      'streams',
      'count',
      'success',
      'app first question p50 / p99 ms',
      '**server-added p50 / p99 ms**',
      'whole stream p50 ms',
      'peak database connections',
      'phase s',
      'load average',
    ],
    [
      streamRow('both instances', phase, phase.all, true),
      ...phase.byInstance.map((figures, index) => streamRow(`instance ${index + 1}`, phase, figures, false)),
    ],
  );
  const instances = table(
    ['instance', 'cores', 'peak RSS MB', 'event loop max ms', '/api/health'],
    phase.instances.map((figures, index) => [
      index + 1,
      figures.cores,
      figures.peakRssMb,
      figures.eventLoopMaxMs ?? 'n/a (killed)',
      health(figures.health),
    ]),
  );
  const failures = phase.byInstance
    .map((figures, index) => (figures.errors.length ? `- instance ${index + 1}: ${errors(figures)}` : ''))
    .filter(Boolean);
  const others = `Cores over the phase beside the instances: PostgreSQL ${phase.otherCores.postgres}, the fake upstream ${phase.otherCores.upstream}, the benchmark's own clients ${phase.otherCores.client}.`;
  return `${streams}\n\n${instances}\n\n${others}\n${failures.length ? `\nFailures:\n${failures.join('\n')}\n` : ''}`;
}

function loggedErrorLines(loggedErrors: LoggedError[][]): string {
  const lines = loggedErrors.flatMap((errors, index) =>
    errors.map((error) => `- instance ${index + 1}: ${error.count}× ${error.message}`),
  );
  return lines.length
    ? `Error lines in the instances' app.log (the most frequent):\n${lines.join('\n')}\n`
    : "No error lines in the instances' app.log.\n";
}

/** The section, or the line saying why it was skipped. */
export function renderTeamSection(team: TeamResults | undefined): string {
  if (!team) return '';
  if ('skipped' in team) return `## Team mode\n\n${team.skipped}\n`;
  const { phaseA, phaseB } = team;
  const kill = phaseB.kill;
  const { sessions } = phaseB;
  const killLines = kill
    ? [
        `Instance ${kill.instance + 1} was killed (SIGKILL) ${kill.atMs} ms into the phase, when ${kill.firstElementsBefore} of ${team.streams} streams had their first question. Of its ${kill.killedStreams} streams: ${kill.completed} had finished (\`done\`), ${kill.endedCleanly} ended with an error the client saw (slowest ${kill.slowestEndAfterKillMs ?? 'n/a'} ms after the kill), ${kill.hung} were still open ${kill.hangBoundMs / 1000} s after it (hung), ${kill.failedBeforeKill} had failed before it.`,
        `Instance ${2 - kill.instance} (the survivor): ${phaseB.byInstance[1 - kill.instance]!.succeeded} of ${phaseB.byInstance[1 - kill.instance]!.streams} streams succeeded (${percent(phaseB.byInstance[1 - kill.instance]!.successRate)}); its /api/health after the kill ${health(kill.survivorHealthAfterKill)}; after the phase ${health(phaseB.survivorHealthAfterPhase)}.`,
      ]
    : ['No instance was killed (the streams never reached half their first questions).'];
  const sessionLine = `Sessions whose stream reported \`done\`, read back through the survivor (GET /api/sessions/:id with the owner's cookie, complete with all ${team.questionCount} questions): phase A ${sessions.phaseA.readable}/${sessions.phaseA.reported}, phase B before the kill ${sessions.beforeKill.readable}/${sessions.beforeKill.reported} (both instances), after it ${sessions.afterKill.readable}/${sessions.afterKill.reported}. Partial sessions left in the histories (the killed instance's progress saves): ${phaseB.partialSessionsLeft}.`;
  return [
    '## Team mode: two instances on one PostgreSQL database',
    '',
    `${team.streams} streaming generations at once (${team.questionCount} questions each), from ${team.accounts} signed-in accounts (account k always on instance k mod 2, as a proxy hashing the cookie sends it), against two built instances (\`MODE=team\`, pool of ${team.poolSizePerInstance} connections each) on one throwaway PostgreSQL cluster, both on the one paced fake upstream. Accounts created and signed in in ${team.accountsSetupSeconds} s. Peak database connections: \`pg_stat_activity\` for the app's database, sampled every 100 ms.`,
    '',
    '### Phase A: both instances serve',
    '',
    phaseTables(phaseA),
    '### Phase B: the same load, one instance killed part way',
    '',
    phaseTables(phaseB),
    ...killLines.flatMap((line) => [line, '']),
    sessionLine,
    '',
    loggedErrorLines(team.loggedErrors),
  ].join('\n');
}
