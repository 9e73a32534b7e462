type LogMethod = (details: object, message: string) => void;

/** The part of a pino logger the use cases use (tests pass a silent or recording one). */
export type AppLogger = { debug: LogMethod; info: LogMethod; warn: LogMethod; error: LogMethod };
