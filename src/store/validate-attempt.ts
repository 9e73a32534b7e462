import type { AttemptPlace } from '../app/ports.js';
import { AppError } from '../core/errors.js';
import { PracticeAttemptSchema, type PracticeAttempt } from '../core/schemas/practice.js';

/** The attempt as the store keeps it, or AppError('invalid_input') when it is invalid or of another thread. */
export function validateAttempt(attempt: PracticeAttempt, place: AttemptPlace): PracticeAttempt {
  const parsed = PracticeAttemptSchema.safeParse(attempt);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
    throw new AppError('invalid_input', {
      message: `Practice attempt "${String(attempt?.id)}" is not valid${where}: ${issue?.message ?? 'invalid'}.`,
      cause: parsed.error,
    });
  }
  if (parsed.data.threadId !== place.threadId) {
    throw new AppError('invalid_input', {
      message: `Practice attempt "${parsed.data.id}" belongs to thread ${parsed.data.threadId}, not ${place.threadId}.`,
    });
  }
  return parsed.data;
}
