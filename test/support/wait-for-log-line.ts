import fs from 'node:fs/promises';
import { vi } from 'vitest';

/**
 * The log file's text once it contains `expected`. The file logger (rotating-file-stream) opens and
 * writes asynchronously, so a fixed sleep after flush() loses the race on a loaded machine.
 */
export async function waitForLogLine(logFile: string, expected: string, timeoutMs = 10_000): Promise<string> {
  return vi.waitFor(
    async () => {
      const text = await fs.readFile(logFile, 'utf8').catch(() => '');
      if (!text.includes(expected)) throw new Error(`"${expected}" is not in ${logFile} yet`);
      return text;
    },
    { timeout: timeoutMs, interval: 50 },
  );
}
