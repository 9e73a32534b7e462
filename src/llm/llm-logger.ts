type LogMethod = (details: object, message: string) => void;

/** The part of a pino logger the LLM adapter uses. */
export type LlmLogger = { info: LogMethod; warn: LogMethod; error: LogMethod };

/** A logger that drops everything, for when none is given. */
export const SILENT_LOGGER: LlmLogger = { info: () => {}, warn: () => {}, error: () => {} };
