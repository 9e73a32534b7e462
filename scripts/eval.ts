/**
 * Offline evaluation: runs job postings through every interview type x technique against the
 * configured OpenAI-compatible server (the app's .env and environment) and writes a Markdown
 * report, by default eval/results.md. See eval/README.md.
 * Run: npm run eval -- --limit 2 --types behavioral --techniques few_shot,zero_shot
 */
import path from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import dotenv from 'dotenv';
import { ConfigError, loadConfig } from '../src/app/config.js';
import { PROJECT_FOLDER } from '../src/app/project-folder.js';
import {
  DEFAULT_QUESTION_COUNT,
  EXPERIENCE_LEVELS,
  INTERVIEW_TYPES,
  MAX_QUESTION_COUNT,
  MIN_QUESTION_COUNT,
  ModelIdSchema,
  TECHNIQUES,
  type ExperienceLevel,
  type InterviewType,
  type Technique,
} from '../src/core/schemas/generation-request.js';
import { findPostings } from '../src/eval/find-postings.js';
import { EvalSetupError, runEvaluation } from '../src/eval/run-evaluation.js';

const EXIT = { ok: 0, failure: 1, usage: 2, interrupted: 130 } as const;
const MAX_CONCURRENCY = 16;
const DEFAULT_POSTINGS = path.join(PROJECT_FOLDER, 'test/fixtures/job-postings');
const DEFAULT_OUT = path.join(PROJECT_FOLDER, 'eval/results.md');

type EvalFlags = {
  postings: string[];
  types: InterviewType[];
  techniques: Technique[];
  count: number;
  level: ExperienceLevel;
  concurrency: number;
  out: string;
  limit?: number;
  model?: string;
};

function wholeNumber(min: number, max: number) {
  return (value: string): number => {
    const number = Number(value.trim());
    if (!/^\d+$/.test(value.trim()) || number < min || number > max)
      throw new InvalidArgumentError(`Give a whole number from ${min} to ${max}.`);
    return number;
  };
}

function listOf<Value extends string>(allowed: readonly Value[]) {
  return (value: string): Value[] => {
    const items = value
      .split(',')
      .map((item) => item.trim())
      .filter((item) => item !== '');
    const unknown = items.filter((item) => !(allowed as readonly string[]).includes(item));
    if (items.length === 0 || unknown.length > 0)
      throw new InvalidArgumentError(`Give a comma-separated list of: ${allowed.join(', ')}.`);
    return [...new Set(items)] as Value[];
  };
}

function parseModel(value: string): string {
  const parsed = ModelIdSchema.safeParse(value);
  if (!parsed.success) throw new InvalidArgumentError(parsed.error.issues[0]?.message ?? 'Not a model id.');
  return parsed.data;
}

/** A path as the user reads it: relative when it is inside the working folder. */
function shownPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative === '' || relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}

/** The command as the report shows it. */
function commandLine(argv: readonly string[]): string {
  const quoted = argv.map((argument) => (/^[\w./:=,@%+-]+$/.test(argument) ? argument : `'${argument}'`));
  const launcher = process.env['npm_lifecycle_event'] === 'eval' ? 'npm run eval --' : 'tsx scripts/eval.ts';
  return [launcher, ...quoted].join(' ');
}

function createProgram(): Command {
  return new Command('eval')
    .description(
      'Run job postings through every interview type x technique against the configured OpenAI-compatible server ' +
        '(.env and the environment, as the app) and write a Markdown report. Progress goes to stderr.',
    )
    .addOption(
      new Option('--postings <paths...>', 'posting files, folders (their .txt files) or quoted globs').default(
        [DEFAULT_POSTINGS],
        'test/fixtures/job-postings',
      ),
    )
    .addOption(
      new Option('--types <list>', `interview types, comma-separated (${INTERVIEW_TYPES.join(',')})`)
        .default([...INTERVIEW_TYPES], 'all')
        .argParser(listOf(INTERVIEW_TYPES)),
    )
    .addOption(
      new Option('--techniques <list>', `techniques, comma-separated (${TECHNIQUES.join(',')})`)
        .default([...TECHNIQUES], 'all')
        .argParser(listOf(TECHNIQUES)),
    )
    .addOption(
      new Option('--count <n>', `questions per set, ${MIN_QUESTION_COUNT} to ${MAX_QUESTION_COUNT}`)
        .default(DEFAULT_QUESTION_COUNT)
        .argParser(wholeNumber(MIN_QUESTION_COUNT, MAX_QUESTION_COUNT)),
    )
    .addOption(new Option('--level <level>', 'experience level').choices(EXPERIENCE_LEVELS).default('mid'))
    .addOption(
      new Option('--concurrency <n>', `model calls at once, 1 to ${MAX_CONCURRENCY}`)
        .default(2)
        .argParser(wholeNumber(1, MAX_CONCURRENCY)),
    )
    .option('--out <file>', 'the report to write', 'eval/results.md')
    .addOption(
      new Option('--limit <n>', 'run only the first n postings (by file name)').argParser(wholeNumber(1, 100_000)),
    )
    .addOption(new Option('--model <id>', 'model id (default: OPENAI_MODEL)').argParser(parseModel))
    .helpOption('-h, --help', 'show help')
    .exitOverride()
    .showHelpAfterError('(add --help to see every flag)');
}

async function main(argv: string[]): Promise<number> {
  const program = createProgram();
  try {
    program.parse(argv);
  } catch (error) {
    const exitCode = (error as { exitCode?: number }).exitCode;
    return exitCode === 0 ? EXIT.ok : EXIT.usage;
  }
  const flags = program.opts<EvalFlags>();
  const outFile = flags.out === 'eval/results.md' ? DEFAULT_OUT : path.resolve(flags.out);

  dotenv.config({ path: path.join(PROJECT_FOLDER, '.env'), processEnv: process.env, quiet: true });
  let config;
  try {
    config = loadConfig(process.env, PROJECT_FOLDER);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`error: ${error.message}\nFix these in .env or the environment (see .env.example).\n`);
    return EXIT.failure;
  }

  let postingFiles: string[];
  try {
    postingFiles = await findPostings(flags.postings);
  } catch (error) {
    process.stderr.write(`error: --postings: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.usage;
  }
  if (flags.limit !== undefined) postingFiles = postingFiles.slice(0, flags.limit);
  if (postingFiles.length === 0) {
    process.stderr.write(`error: --postings: no posting file matches ${flags.postings.join(' ')}\n`);
    return EXIT.usage;
  }

  const controller = new AbortController();
  const onInterrupt = () => {
    if (controller.signal.aborted) process.exit(EXIT.interrupted);
    process.stderr.write(
      'Stopping: the calls under way are cancelled, the report is written (Ctrl-C again to quit at once)...\n',
    );
    controller.abort();
  };
  process.on('SIGINT', onInterrupt);
  try {
    const outcome = await runEvaluation(
      config,
      {
        postingFiles,
        interviewTypes: flags.types,
        techniques: flags.techniques,
        experienceLevel: flags.level,
        questionCount: flags.count,
        concurrency: flags.concurrency,
        model: flags.model,
        outFile,
        command: commandLine(argv.slice(2)),
      },
      { onProgress: (line) => process.stderr.write(`${line}\n`), signal: controller.signal },
    );
    const valid = outcome.rows.filter((row) => row.score?.valid).length;
    const failed = outcome.rows.filter((row) => row.error).length;
    process.stderr.write(
      `Wrote ${shownPath(outcome.outFile)}: ${outcome.rows.length} rows, ${valid} valid, ${failed} with an error.\n`,
    );
    if (controller.signal.aborted) return EXIT.interrupted;
    if (outcome.stoppedBy) {
      process.stderr.write(`error: stopped early: ${outcome.stoppedBy.message}\n`);
      return EXIT.failure;
    }
    return EXIT.ok;
  } catch (error) {
    if (error instanceof EvalSetupError) {
      process.stderr.write(`error: ${error.message}\n`);
      return EXIT.failure;
    }
    throw error;
  } finally {
    process.off('SIGINT', onInterrupt);
  }
}

process.exitCode = await main(process.argv);
