import fs from 'node:fs';
import path from 'node:path';
import { Command, CommanderError } from 'commander';
import { isAppError } from '../core/errors.js';
import { CliError, EXIT_CODES } from './cli-error.js';
import { registerGenerateCommand } from './commands/generate-command.js';
import { registerSessionsCommand } from './commands/sessions-command.js';
import { registerUsersCommand } from './commands/users-command.js';
import { PROJECT_FOLDER } from '../app/project-folder.js';

const EXAMPLES = `
Examples:
  interview-prep generate --job-description posting.txt --type behavioral --level senior --technique few_shot --count 5 > questions.md
  cat posting.txt | interview-prep generate --job-description - --type case_study --level mid --technique chain_of_thought --format pdf --out prep.pdf
  interview-prep sessions list
  interview-prep sessions export 1a2b3c4d --format csv --out questions.csv
  interview-prep sessions export 1a2b3c4d --format attempts-csv --out practice.csv
  printf '%s\n' "$PASSWORD" | interview-prep users add alex@example.com --admin

Each command has its own help: interview-prep generate --help, interview-prep sessions export --help.
Configuration: the project's .env and the environment, as for the web app (see README, Configuration).
Logs: DATA_DIR/logs/app.log. Exit status: 0 done, 1 an error (its message on stderr), 2 a bad flag, value or file, 130 stopped by Ctrl-C.`;

function packageVersion(): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(PROJECT_FOLDER, 'package.json'), 'utf8')) as {
    version?: string;
  };
  return manifest.version ?? '0.0.0';
}

/** The interview-prep command line: generate, sessions list|show|export, and users add. */
function createProgram(): Command {
  const program = new Command('interview-prep')
    .description(
      'Interview questions tailored to a job posting, from the command line: the same services, history and limits as the web app.',
    )
    .version(packageVersion(), '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    // Set before the commands are added, so that each command inherits them.
    .exitOverride()
    .showHelpAfterError('(add --help to see every flag and its allowed values)')
    .addHelpText('after', EXAMPLES);
  registerGenerateCommand(program);
  registerSessionsCommand(program);
  registerUsersCommand(program);
  return program;
}

/** Prints why the command failed (commander has already printed its own errors) and picks the exit status. */
function exitCodeFor(error: unknown): number {
  if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT_CODES.ok : EXIT_CODES.usage;
  if (error instanceof CliError) {
    process.stderr.write(
      error.exitCode === EXIT_CODES.interrupted ? `${error.message}\n` : `error: ${error.message}\n`,
    );
    if (error.exitCode === EXIT_CODES.usage)
      process.stderr.write('(add --help to see every flag and its allowed values)\n');
    return error.exitCode;
  }
  if (isAppError(error)) {
    process.stderr.write(`error: ${error.message}\n`);
    return EXIT_CODES.failure;
  }
  process.stderr.write(`error: interview-prep failed: ${error instanceof Error ? error.message : String(error)}\n`);
  return EXIT_CODES.failure;
}

async function main(argv: string[]): Promise<number> {
  try {
    await createProgram().parseAsync(argv);
    return EXIT_CODES.ok;
  } catch (error) {
    return exitCodeFor(error);
  }
}

// The exit status is set, not forced: pending writes (the export, the log file) finish first.
process.exitCode = await main(process.argv);
