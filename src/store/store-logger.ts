/** The part of a pino logger the stores use. */
export type StoreLogger = { warn: (details: object, message: string) => void };
