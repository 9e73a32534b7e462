/** The part of a pino logger the stores use; `info` (what is back to normal) may be left out. */
export type StoreLogger = {
  warn: (details: object, message: string) => void;
  info?: (details: object, message: string) => void;
};
