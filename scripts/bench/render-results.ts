/** bench/results.md from the figures of one run (bench/results.json). */
import { markdownCell as cell, markdownTable as table } from './markdown-table.js';
import { renderTeamSection } from './render-team-section.js';
import type { TeamResults } from './team-section.js';

type Row = Record<string, unknown>;

const load = (value: unknown) => {
  const average = value as { start: number; end: number; max: number } | null;
  return average ? `${average.start}→${average.end} (max ${average.max})` : 'n/a';
};

function latencySection(title: string, section: Row | undefined, element: string): string {
  if (!section) return '';
  const levels = section['levels'] as Row[];
  const latency = table(
    [
      'pattern',
      'level',
      'requests (measured)',
      'success',
      `app first ${element} p50 / p99 ms`,
      'at the fake p50 / p99 ms',
      '**server-added p50 / p99 ms**',
      'vs a separate direct run p50 / p99 ms',
      'whole reply at the fake p50 ms',
      'whole / first',
      'load average',
    ],
    levels.map((level) => [
      level['pattern'],
      level['level'],
      `${level['requests']} (${level['measured']})`,
      `${Math.round(Number(level['successRate']) * 1000) / 10} %`,
      `${cell(level['appFirstP50Ms'])} / ${cell(level['appFirstP99Ms'])}`,
      `${cell(level['upstreamFirstP50Ms'])} / ${cell(level['upstreamFirstP99Ms'])}`,
      `**${cell(level['addedP50Ms'])} / ${cell(level['addedP99Ms'])}**`,
      level['directFirstP50Ms'] === null
        ? 'not run'
        : `${cell(level['addedVersusDirectP50Ms'])} / ${cell(level['addedVersusDirectP99Ms'])}`,
      level['upstreamWholeP50Ms'],
      level['wholeOverFirst'],
      load(level['loadAverage']),
    ]),
  );
  const resources = table(
    [
      'pattern',
      'level',
      'app cores (phase)',
      'app cores (steady window)',
      'main thread busy',
      'beside it: fake / bench clients cores',
      'machine busy, first 5 s',
      'CPU ms per stream',
      'CPU ms per chunk',
      'chunks per reply',
      'peak RSS / heap used MB',
      'event loop max / p99 ms',
      '/api/health p99 / max ms',
      'admission (POST → headers) p50 / p99 ms',
    ],
    levels.map((level) => [
      level['pattern'],
      level['level'],
      level['appCores'],
      level['pattern'] === 'steady' ? level['windowCores'] : '-',
      level['mainThreadBusy'] === undefined || level['mainThreadBusy'] === null
        ? '-'
        : `${Math.round(Number(level['mainThreadBusy']) * 100)} %`,
      `${cell(level['upstreamCores'] ?? null)} / ${cell(level['clientCores'] ?? null)}`,
      level['machineBusyFirst5s'] === undefined || level['machineBusyFirst5s'] === null
        ? '-'
        : `${Math.round(Number(level['machineBusyFirst5s']) * 100)} %`,
      level['cpuMsPerStream'],
      level['cpuMsPerChunk'],
      level['chunksPerStream'],
      `${cell(level['peakRssMb'])} / ${cell(level['peakHeapUsedMb'] ?? null)}`,
      `${cell(level['eventLoopMaxMs'])} / ${cell(level['eventLoopP99Ms'])}`,
      `${cell(level['healthP99Ms'])} / ${cell(level['healthMaxMs'])}`,
      `${cell(level['admissionP50Ms'] ?? null)} / ${cell(level['admissionP99Ms'] ?? null)}`,
    ]),
  );
  const errors = levels.flatMap((level) =>
    (level['errors'] as string[]).map((error) => `- ${level['pattern']} ${level['level']}: ${error}`),
  );
  return `## ${title}\n\nOne reply straight from the fake: ${cell(section['replyMs'])} ms, ${cell(section['chunksPerReply'])} chunks.\n\n${latency}\n\n${resources}\n${errors.length ? `\nFailures:\n${errors.join('\n')}\n` : ''}`;
}

/** results.md from results.json; `comparison` is the before/after section (render-comparison.ts). */
export function renderResults(results: Row, comparison?: string): string {
  const machine = results['machine'] as Row;
  const upstream = results['upstream'] as Row;
  const parts: string[] = [
    `# Benchmark results (${results['mode']} run)\n`,
    `Run ${results['startedAt']} on ${machine['cpus']} × ${machine['model']}, Node ${machine['node']}; load average at start ${(machine['loadAverageAtStart'] as number[]).join(', ')}, at end ${(results['loadAverageAtEnd'] as number[]).join(', ')} (the machine was shared: other work ran during the run). Runtime ${results['runtimeSeconds']} s. Paced fake upstream: ${upstream['firstTokenMs']} ms to the first token, ${upstream['tokensPerSecond']} tokens/s, ${upstream['questionCount']} questions. ${cell((results['postings'] as Row | undefined)?.['accepted'])} distinct corpus postings accepted by the app, each request carrying its own tag line (no two requests send the same text).\n`,
    'Every figure is what `npm run bench` printed on this machine in this run; none is a target check. See bench/README.md for what each column means.\n',
    latencySection('Generations: time to the first question', results['generation'] as Row | undefined, 'question'),
  ];
  const progress = results['progress'] as Row | undefined;
  if (progress) {
    parts.push(
      `## Live progress figures\n\nLast \`progress\` outputTokens against the final completion tokens less reasoning tokens, over ${progress['streams']} streams: p50 error ${progress['p50ErrorPercent']} %, max ${progress['maxErrorPercent']} %.\n`,
    );
  }
  parts.push(
    latencySection(
      'Practice feedback: time to the first criterion',
      results['practice'] as Row | undefined,
      'criterion',
    ),
  );
  const browser = results['browser'] as Row | undefined;
  if (browser) {
    parts.push(
      `## In Chromium\n\n${table(
        ['figure', 'value'],
        [
          ['JS fetched before any click (gzip -9)', `${browser['jsGzipBytes']} B (${browser['jsBytes']} B raw)`],
          ['CSS fetched before any click (gzip -9)', `${browser['cssGzipBytes']} B`],
          ['form interactive (navigation start → "Generate questions" enabled)', `${browser['interactiveMs']} ms`],
          [
            'click → first question card visible, median (runs)',
            `${browser['firstCardMedianMs']} ms (${(browser['firstCardRunsMs'] as number[]).join(', ')})`,
          ],
          ['same requests at the fake (its own timing), median', `${cell(browser['upstreamFirstMedianMs'])} ms`],
          ['same bodies sent straight to the fake afterwards, median', `${cell(browser['directFirstMedianMs'])} ms`],
          ['browser-added (card − direct)', `${cell(browser['addedMedianMs'])} ms`],
          [
            'whole reply straight from the fake / first card',
            `${cell(browser['directWholeMedianMs'])} ms / ${cell(browser['firstCardMedianMs'])} ms = ${cell(browser['wholeOverFirst'])}`,
          ],
          ['load average', cell(browser['loadAverage'])],
        ],
      )}\n\nAssets: ${(browser['assets'] as Row[]).map((asset) => `${asset['url']} ${asset['gzipBytes']} B gz`).join('; ')}\n`,
    );
  }
  const cold = results['coldStart'] as Row | undefined;
  if (cold)
    parts.push(
      `## Cold start (built)\n\nSpawn of \`node dist/node/server/main.js\` → first 200 of /api/health: median ${cold['medianMs']} ms (runs ${(cold['runs'] as number[]).join(', ')} ms), load average ${cold['loadAverage']}.\n`,
    );
  const sizes = results['promptSizes'] as Row[] | undefined;
  if (sizes) {
    parts.push(
      `## Prompt sizes (one posting, 10 questions, senior)\n\nThe fake reports prompt tokens as characters/4 + 8, not a real tokenizer: the error column says how far our o200k count is from that rough figure, not from OpenAI's.\n\n${table(
        ['interview type', 'technique', 'estimate (input tokens)', 'fake usage', 'error %'],
        sizes.map((size) => [
          size['interviewType'],
          size['technique'],
          size['estimatedInputTokens'],
          size['reportedInputTokens'],
          size['errorPercent'],
        ]),
      )}\n`,
    );
  }
  parts.push(renderTeamSection(results['team'] as TeamResults | undefined));
  if (results['appPeakRssMb'])
    parts.push(`Peak RSS of the app over the whole run (VmHWM): ${results['appPeakRssMb']} MB.\n`);
  if (results['streamParsing'])
    parts.push(
      `## Stream parsing, SSE decoding and receiving (scripts/bench-stream-parsing.ts, scripts/bench-sse-decoding.ts, scripts/bench-read-floor.ts)\n\n${results['streamParsing']}\n`,
    );
  if (comparison) parts.push(comparison);
  return `${parts.filter(Boolean).join('\n')}`;
}
