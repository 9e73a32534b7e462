import type { LlmLogger } from '../llm-logger.js';

export type LogEntry = { level: keyof LlmLogger; details: Record<string, unknown>; message: string };

/** An LlmLogger that keeps every entry, for tests that check what was logged and at which level. */
export function createRecordingLogger(): LlmLogger & { entries: LogEntry[] } {
  const entries: LogEntry[] = [];
  const recorder =
    (level: LogEntry['level']) =>
    (details: object, message: string): void =>
      void entries.push({ level, details: details as Record<string, unknown>, message });
  return { entries, info: recorder('info'), warn: recorder('warn'), error: recorder('error') };
}
