import type { Config } from '../app/config.js';
import { CliError, EXIT_CODES } from './cli-error.js';

/**
 * Refuses a history or generation command in team mode (exit 1): there every session belongs to
 * an account, and the command line signs in as no one, so it would work on nobody's history and
 * spend the organisation's key outside every account's limits.
 */
export function requireLocalMode(config: Pick<Config, 'mode'>, command: string): void {
  if (config.mode === 'local') return;
  throw new CliError(
    `interview-prep ${command} works in single-user mode only: with MODE=team every session belongs to an account. Use the web app or the HTTP API signed in (POST /api/auth/login); "interview-prep users add" manages the accounts.`,
    EXIT_CODES.failure,
  );
}
