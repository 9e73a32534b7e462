import { AppError } from '../core/errors.js';
import type { HistoryService } from '../app/history/create-history-service.js';
import { LOCAL_OWNER } from '../app/ports.js';
import { usageError } from './cli-error.js';

/**
 * The full id of a saved session from what the user typed: the id itself or, as `sessions list`
 * shows short ids, any prefix that names one session. Unknown is AppError('not_found'); a prefix
 * shared by several sessions is a usage error.
 */
export async function resolveSessionId(history: HistoryService, typed: string): Promise<string> {
  const wanted = typed.trim().toLowerCase();
  const matches = (await history.list(LOCAL_OWNER)).filter((session) => session.id.toLowerCase().startsWith(wanted));
  const exact = matches.find((session) => session.id.toLowerCase() === wanted);
  if (exact) return exact.id;
  if (wanted === '' || matches.length === 0) {
    throw new AppError('not_found', {
      message: `No saved session has the id ${typed}; run "interview-prep sessions list" to see the ids.`,
    });
  }
  if (matches.length > 1) throw usageError(`${typed} matches ${matches.length} sessions; type more of the id.`);
  return matches[0]!.id;
}
