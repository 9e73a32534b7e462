/** Exit statuses of the interview-prep command. */
export const EXIT_CODES = {
  ok: 0,
  /** Any error with a code (no key, rate limit, the AI service...), or a bad configuration. */
  failure: 1,
  /** A bad flag, value or file: the command line itself is wrong. */
  usage: 2,
  /** Stopped by Ctrl-C (128 + SIGINT), as shells report it. */
  interrupted: 130,
} as const;

export type ExitCode = (typeof EXIT_CODES)[keyof typeof EXIT_CODES];

/** An error that ends the command with its message on stderr and a chosen exit status. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** A usage error (exit 2): a bad flag, value or file. */
export function usageError(message: string): CliError {
  return new CliError(message, EXIT_CODES.usage);
}
