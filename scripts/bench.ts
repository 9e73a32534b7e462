/**
 * npm run bench [-- --quick] [-- --only=generation,practice,browser,prompts,cold,team,parsing] [-- --team-streams=N]
 * Starts the built app and a paced fake upstream (300 ms to the first token, 80 tokens/s) in their
 * own processes and measures what issue 15 targets, and team mode (two instances on PostgreSQL, one
 * killed mid-run); writes bench/results.json and bench/results.md.
 * Not part of CI: the figures are what this machine printed, with its load average beside them.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { measureBrowser } from './bench/browser-section.js';
import { measureColdStart } from './bench/cold-start.js';
import { measureLevel, type LevelFigures, type StreamKind } from './bench/latency-section.js';
import type { Pattern } from './bench/load-phase.js';
import { runStreamParsingBenchmark } from './bench/parsing-section.js';
import { createPostingCycle, loadPostings, tagged, type Posting } from './bench/postings.js';
import { measurePromptSizes } from './bench/prompt-sizes.js';
import {
  memoryMbOf,
  repositoryRoot,
  startApp,
  startUpstream,
  type AppProcess,
  type Upstream,
} from './bench/processes.js';
import { renderComparison } from './bench/render-comparison.js';
import { renderResults } from './bench/render-results.js';
import { percentile, round } from './bench/statistics.js';
import { timeAppStream, type StreamTiming } from './bench/stream-clients.js';
import { measureTeam } from './bench/team-section.js';

const quick = process.argv.includes('--quick');
const only = process.argv
  .find((argument) => argument.startsWith('--only='))
  ?.slice(7)
  .split(',');
const wants = (section: string) => !only || only.includes(section);
const levelsArgument = (name: string, fallback: number[]) => {
  const value = process.argv.find((argument) => argument.startsWith(`--${name}=`));
  return value
    ? value
        .slice(name.length + 3)
        .split(',')
        .map(Number)
    : fallback;
};

const settings = quick
  ? {
      questionCount: 1,
      generation: { steady: [4], burst: [10] },
      practice: { steady: [], burst: [5] },
      direct: [],
      browserRuns: 1,
      coldStarts: 2,
      postings: 16,
      templates: 4,
      team: { streams: 20, accounts: 10 },
    }
  : {
      questionCount: 10,
      generation: { steady: [50, 200], burst: [1, 50, 200] },
      practice: { steady: [], burst: [1, 50] },
      direct: ['burst-1', 'burst-50'],
      browserRuns: 3,
      coldStarts: 5,
      postings: 300,
      templates: 20,
      team: { streams: 500, accounts: 50 },
    };
settings.generation.steady = levelsArgument('steady', settings.generation.steady);
settings.generation.burst = levelsArgument('burst', settings.generation.burst);
settings.team.streams = levelsArgument('team-streams', [settings.team.streams])[0]!;
if (!Number.isInteger(settings.team.streams) || settings.team.streams < 2)
  throw new Error('--team-streams=N needs a whole number of 2 or more (half go to each instance).');

const log = (message: string) => process.stderr.write(`[bench ${(performance.now() / 1000).toFixed(0)}s] ${message}\n`);

const PRACTICE_ANSWER =
  'Last spring our service kept timing out at peak hours. I traced it to a missing index, proposed a fix, ' +
  'tested it on a copy of production and rolled it out at night. Latency fell from two seconds to two hundred milliseconds.';

/** Postings the app accepts (a refused one answers at once, before any upstream call). */
async function acceptedPostings(app: AppProcess, postings: Posting[]): Promise<Posting[]> {
  const accepted: Posting[] = [];
  for (let start = 0; start < postings.length; start += 8) {
    const batch = postings.slice(start, start + 8);
    const results = await Promise.all(
      batch.map(async (posting) => {
        const response = await fetch(`${app.url}/api/generations`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json' },
          body: JSON.stringify({
            jobDescription: tagged(posting, `BENCH-check-${posting.id}`),
            interviewType: 'technical',
            experienceLevel: 'senior',
            technique: 'zero_shot',
            questionCount: 1,
          }),
        });
        await response.arrayBuffer();
        return response.ok;
      }),
    );
    batch.forEach((posting, index) => results[index] && accepted.push(posting));
  }
  return accepted;
}

/** One stream through the app; its length as the fake timed it. */
async function replyLength(kind: StreamKind, app: AppProcess, upstream: Upstream) {
  await upstream.takeBodies();
  const tag = `BENCH-${kind.name.slice(0, 3)}-length`;
  const appTiming = await timeAppStream(`${app.url}${kind.path}`, kind.bodyFor(tag), tag, kind.elementEvent);
  const timing = (await upstream.takeBodies()).timings[tag];
  if (!appTiming.ok || !timing?.completeMs) throw new Error(`the reply-length stream failed: ${appTiming.error}`);
  return timing;
}

async function measureKind(
  kind: StreamKind,
  levels: Record<Pattern, number[]>,
  directLevels: string[],
  app: AppProcess,
  upstream: Upstream,
  appTimings: StreamTiming[],
) {
  const length = await replyLength(kind, app, upstream);
  log(
    `${kind.name}: one reply takes ${length.completeMs!.toFixed(0)} ms straight from the fake (${length.chunks} chunks)`,
  );
  const figures: LevelFigures[] = [];
  for (const pattern of ['steady', 'burst'] as const) {
    for (const level of levels[pattern]) {
      log(`${kind.name} ${pattern} ${level}...`);
      const result = await measureLevel(
        kind,
        pattern,
        level,
        length.completeMs!,
        app,
        upstream,
        appTimings,
        directLevels.includes(`${pattern}-${level}`),
      );
      log(
        `  added p50 ${result.addedP50Ms} p99 ${result.addedP99Ms} ms, success ${result.successRate}, cores ${result.windowCores ?? result.appCores}, load ${result.loadAverage?.max}`,
      );
      figures.push(result);
    }
  }
  return { replyMs: round(length.completeMs), chunksPerReply: length.chunks ?? null, levels: figures };
}

function progressAccuracy(timings: StreamTiming[]) {
  const errors = timings
    .filter((timing) => timing.ok && timing.finalVisibleTokens && timing.progressOutputTokens !== undefined)
    .map(
      (timing) =>
        (Math.abs(timing.progressOutputTokens! - timing.finalVisibleTokens!) / timing.finalVisibleTokens!) * 100,
    );
  return {
    streams: errors.length,
    p50ErrorPercent: round(percentile(errors, 50), 2),
    maxErrorPercent: round(errors.length ? Math.max(...errors) : null, 2),
  };
}

/** The before/after section of a full run (bench/changes.md and bench/results-before.json when present). */
function comparisonFor(folder: string, results: Record<string, unknown>): string | undefined {
  if (results['mode'] !== 'full') return undefined;
  const read = (name: string) => {
    const file = path.join(folder, name);
    return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
  };
  const changes = read('changes.md');
  const before = read('results-before.json');
  if (changes === null) return undefined;
  return renderComparison(changes, before === null ? null : (JSON.parse(before) as Record<string, unknown>), results);
}

async function main() {
  const label = process.argv.find((argument) => argument.startsWith('--label='))?.slice('--label='.length);
  const suffix = `${quick ? '-quick' : ''}${label ? `-${label}` : ''}`;
  const folder = path.join(repositoryRoot, 'bench');
  if (process.argv.includes('--render-only')) {
    const saved = JSON.parse(fs.readFileSync(path.join(folder, `results${suffix}.json`), 'utf8')) as Record<
      string,
      unknown
    >;
    fs.writeFileSync(path.join(folder, `results${suffix}.md`), renderResults(saved, comparisonFor(folder, saved)));
    return;
  }
  const startedAt = new Date();
  if (!process.argv.includes('--no-build')) {
    const { buildIfStale } = (await import('./build-if-stale.mjs' as string)) as { buildIfStale(): void };
    buildIfStale(); // as npm start does
  }
  const upstream = await startUpstream();
  const app = await startApp({ upstreamURL: upstream.baseURL, probe: true }).catch(async (error: unknown) => {
    await upstream.close();
    throw error;
  });
  const results: Record<string, unknown> = {
    startedAt: startedAt.toISOString(),
    mode: quick ? 'quick' : 'full',
    machine: {
      cpus: os.cpus().length,
      model: os.cpus()[0]?.model,
      node: process.version,
      loadAverageAtStart: os.loadavg().map((value) => round(value, 2)),
    },
    upstream: { firstTokenMs: 300, tokensPerSecond: 80, questionCount: settings.questionCount },
  };
  let nextPosting: () => Posting;
  try {
    await upstream.setMode('fast');
    const accepted = await acceptedPostings(app, loadPostings().slice(0, settings.postings));
    log(`${accepted.length} postings accepted`);
    results['postings'] = { accepted: accepted.length };
    nextPosting = createPostingCycle(accepted);
    const appTimings: StreamTiming[] = [];

    if (wants('prompts')) {
      log('prompt sizes...');
      results['promptSizes'] = await measurePromptSizes(app, accepted[0]!, settings.templates);
    }
    const sessions: string[] = [];
    if (wants('practice')) {
      for (let index = 0; index < 3; index += 1) {
        const response = await fetch(`${app.url}/api/generations`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json' },
          body: JSON.stringify({
            jobDescription: tagged(nextPosting(), `BENCH-session-${index}`),
            interviewType: 'behavioral',
            experienceLevel: 'mid',
            technique: 'zero_shot',
            questionCount: 10,
          }),
        });
        sessions.push(((await response.json()) as { id: string }).id);
      }
    }
    await upstream.setMode('paced');
    if (wants('generation')) {
      const generation: StreamKind = {
        name: 'generation',
        path: '/api/generations',
        elementEvent: 'question',
        arrayKey: 'questions',
        bodyFor: (tag) => ({
          jobDescription: tagged(nextPosting(), tag),
          interviewType: 'technical',
          experienceLevel: 'senior',
          technique: 'zero_shot',
          questionCount: settings.questionCount,
        }),
      };
      results['generation'] = await measureKind(
        generation,
        settings.generation,
        settings.direct,
        app,
        upstream,
        appTimings,
      );
      results['progress'] = progressAccuracy(appTimings);
    }
    if (wants('practice')) {
      let count = 0;
      const practice: StreamKind = {
        name: 'practice',
        path: '/api/practice',
        elementEvent: 'criterion',
        arrayKey: 'criteria',
        bodyFor: (tag) => {
          count += 1;
          return {
            sessionId: sessions[count % sessions.length],
            questionIndex: count % 10,
            answer: `${PRACTICE_ANSWER} (Ref ${tag}.)`,
            mode: 'coach',
            durationSeconds: 90,
          };
        },
      };
      results['practice'] = await measureKind(practice, settings.practice, settings.direct, app, upstream, []);
    }
    if (wants('browser')) {
      log('Chromium...');
      results['browser'] = await measureBrowser(
        app,
        upstream,
        accepted.slice(-settings.browserRuns),
        settings.browserRuns,
        settings.questionCount,
      );
    }
    results['appPeakRssMb'] = round(memoryMbOf(app.child.pid!, 'VmHWM'));
  } finally {
    await app.stop();
  }
  try {
    if (wants('cold')) {
      log('cold start...');
      results['coldStart'] = await measureColdStart(upstream.baseURL, settings.coldStarts);
    }
    // After the single-user app has stopped, so that its process takes no CPU from the two instances.
    if (wants('team')) {
      const team = await measureTeam(
        upstream,
        nextPosting,
        { ...settings.team, questionCount: settings.questionCount },
        log,
      );
      if ('skipped' in team) log(team.skipped);
      results['team'] = team;
    }
  } finally {
    await upstream.close();
  }
  // The quick run leaves the stream-parsing benchmark out (about 20 s): npm run bench:parsing runs it.
  if (wants('parsing') && !quick) {
    log('stream parsing...');
    results['streamParsing'] = runStreamParsingBenchmark();
  }
  results['runtimeSeconds'] = round(performance.now() / 1000);
  results['loadAverageAtEnd'] = os.loadavg().map((value) => round(value, 2));
  fs.mkdirSync(folder, { recursive: true });
  fs.writeFileSync(path.join(folder, `results${suffix}.json`), `${JSON.stringify(results, null, 2)}\n`);
  fs.writeFileSync(path.join(folder, `results${suffix}.md`), renderResults(results, comparisonFor(folder, results)));
  log(`wrote bench/results${suffix}.json and .md in ${results['runtimeSeconds']} s`);
}

await main();
