import { InvalidArgumentError, Option, type Command } from 'commander';
import { EXPORT_FORMATS } from '../../app/export/render-session-export.js';
import {
  DEFAULT_LANGUAGE,
  DEFAULT_QUESTION_COUNT,
  EXPERIENCE_LEVELS,
  INTERVIEW_TYPES,
  MAX_QUESTION_COUNT,
  MAX_ROUND_MINUTES,
  MIN_QUESTION_COUNT,
  MIN_ROUND_MINUTES,
  SECTOR_CHOICES,
  TECHNIQUES,
} from '../../core/schemas/generation-request.js';
import type { GenerateOptions } from './generate.js';

function parseCount(value: string): number {
  if (!/^\d+$/.test(value.trim()))
    throw new InvalidArgumentError(`Give a whole number from ${MIN_QUESTION_COUNT} to ${MAX_QUESTION_COUNT}.`);
  return Number(value);
}

function parseMinutes(value: string): number {
  if (!/^\d+$/.test(value.trim()))
    throw new InvalidArgumentError(`Give a whole number of minutes from ${MIN_ROUND_MINUTES} to ${MAX_ROUND_MINUTES}.`);
  return Number(value);
}

/** `interview-prep generate`: one generation, streamed to stderr, saved to history, exported to stdout or a file. */
export function registerGenerateCommand(program: Command): void {
  program
    .command('generate')
    .summary('generate questions for a job posting and export them')
    .description(
      'Generate interview questions for a job posting. Questions, progress (tokens and dollars) and retry notices stream to ' +
        'stderr; the export goes to stdout or --out; the session is saved to the same history as the web app.',
    )
    .requiredOption('--job-description <file>', 'text file with the job posting, or - to read standard input')
    .addOption(new Option('--type <type>', 'interview type').choices(INTERVIEW_TYPES).makeOptionMandatory())
    .addOption(new Option('--level <level>', 'experience level').choices(EXPERIENCE_LEVELS).makeOptionMandatory())
    .addOption(
      new Option('--technique <technique>', 'prompt-engineering technique').choices(TECHNIQUES).makeOptionMandatory(),
    )
    .addOption(
      new Option('--count <number>', `number of questions, ${MIN_QUESTION_COUNT} to ${MAX_QUESTION_COUNT}`)
        .default(DEFAULT_QUESTION_COUNT)
        .argParser(parseCount),
    )
    .option('--profile <file>', 'text file with your CV or a short "about me", to tailor hints to your experience')
    .addOption(new Option('--sector <sector>', "the posting's sector (default: detected)").choices(SECTOR_CHOICES))
    .addOption(
      new Option(
        '--round-minutes <minutes>',
        'length of the interview round; the questions are planned to fit it',
      ).argParser(parseMinutes),
    )
    .option('--model <id>', 'model id (default: OPENAI_MODEL from .env or the environment)')
    .option('--language <name>', `language of the questions, e.g. Deutsch (default: ${DEFAULT_LANGUAGE})`)
    .addOption(new Option('--format <format>', 'export format').choices(EXPORT_FORMATS).default('markdown'))
    .option('--out <file>', 'write the export to this file instead of stdout (needed for pdf on a terminal)')
    // Loaded when the command runs: --help and a bad flag answer without loading the app.
    .action(async (options: GenerateOptions) => (await import('./generate.js')).generate(options));
}
