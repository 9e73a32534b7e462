import { AppError } from '../core/errors.js';

/**
 * Runs a write that stores practice attempts, turning the one uniqueness SQLite can still refuse
 * there (a thread's turn answered by two attempts of different ids) into an `invalid_input` error.
 */
export function translateTurnConflict<T>(write: () => T): T {
  try {
    return write();
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new AppError('invalid_input', {
        message: 'Two attempts of one practice thread answer the same turn.',
        cause: error,
      });
    }
    throw error;
  }
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'SQLITE_CONSTRAINT_UNIQUE';
}
