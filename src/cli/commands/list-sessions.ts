import { LOCAL_OWNER } from '../../app/ports.js';
import { formatSessionTable } from '../format-session-table.js';
import { loadCliConfig } from '../load-cli-config.js';
import { requireLocalMode } from '../require-local-mode.js';
import { withCliServices } from '../with-cli-services.js';

/** `sessions list`: the saved sessions, newest first, as a table on stdout. */
export function listSessions(): Promise<void> {
  const config = loadCliConfig();
  requireLocalMode(config, 'sessions list');
  return withCliServices(config, async (services) => {
    const summaries = await services.history.list(LOCAL_OWNER);
    if (summaries.length === 0)
      process.stderr.write('No saved sessions yet: run "interview-prep generate --help" to make one.\n');
    else process.stdout.write(formatSessionTable(summaries));
  });
}
