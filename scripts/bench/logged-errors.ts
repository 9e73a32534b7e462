/** What an app instance logged at error level (DATA_DIR/logs/app.log), grouped by its cause's message. */
import fs from 'node:fs';
import path from 'node:path';

const PINO_ERROR_LEVEL = 50;

export type LoggedError = { message: string; count: number };

type LogLine = { level?: number; msg?: string; err?: { message?: string } };

/** The most frequent error lines of the instance whose data dir is `dataDir`, most frequent first. */
export function loggedErrorsOf(dataDir: string, limit = 3): LoggedError[] {
  const file = path.join(dataDir, 'logs', 'app.log');
  if (!fs.existsSync(file)) return [];
  const counts = new Map<string, number>();
  for (const text of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!text.trim()) continue;
    let line: LogLine;
    try {
      line = JSON.parse(text) as LogLine;
    } catch {
      continue; // a line cut short by the kill
    }
    if ((line.level ?? 0) < PINO_ERROR_LEVEL) continue;
    const message = [line.msg, line.err?.message].filter(Boolean).join(': ');
    counts.set(message, (counts.get(message) ?? 0) + 1);
  }
  return [...counts]
    .sort((left, right) => right[1] - left[1])
    .slice(0, limit)
    .map(([message, count]) => ({ message, count }));
}
