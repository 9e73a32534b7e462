import { Option, type Command } from 'commander';
import { EXPORT_FORMATS, type ExportFormat } from '../../app/export/render-session-export.js';

const ID_HELP = 'session id as "sessions list" shows it (or any unique prefix of the full id)';

/** `interview-prep sessions list|show|export`: the history the web app shows, from the same DATA_DIR. */
export function registerSessionsCommand(program: Command): void {
  const sessions = program
    .command('sessions')
    .summary('list, show or export the saved sessions')
    .description('Read the saved sessions: the same history as the web app (same DATA_DIR).');

  // Each action is loaded when it runs: --help and a bad flag answer without loading the app.
  sessions
    .command('list')
    .description('List the saved sessions, newest first: id, date, title, type, questions, cost.')
    .action(async () => (await import('./list-sessions.js')).listSessions());

  sessions
    .command('show')
    .description('Print one session as readable text.')
    .argument('<id>', ID_HELP)
    .action(async (id: string) => (await import('./show-session.js')).showSession(id));

  sessions
    .command('export')
    .description('Export one session to stdout or a file.')
    .argument('<id>', ID_HELP)
    .addOption(new Option('--format <format>', 'export format').choices(EXPORT_FORMATS).default('markdown'))
    .option('--out <file>', 'write the export to this file instead of stdout (needed for pdf on a terminal)')
    .action(async (id: string, options: { format: ExportFormat; out?: string }) =>
      (await import('./export-session.js')).exportSession(id, options),
    );
}
