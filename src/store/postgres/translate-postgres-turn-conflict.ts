import { AppError } from '../../core/errors.js';
import { isUniqueViolationOf } from './is-unique-violation-of.js';

/** The constraint of migration 1 that takes a thread's turn once. */
const ONE_ATTEMPT_PER_TURN = 'practice_attempts_one_per_turn';

/**
 * Runs a write that stores practice attempts, turning a thread's turn answered by two attempts of
 * different ids into the `invalid_input` error the SQLite store gives (translateTurnConflict).
 */
export async function translatePostgresTurnConflict<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolationOf(error, ONE_ATTEMPT_PER_TURN)) {
      throw new AppError('invalid_input', {
        message: 'Two attempts of one practice thread answer the same turn.',
        cause: error,
      });
    }
    throw error;
  }
}
