import { PracticeCancelAnswerSchema, type PracticeCancelAnswer } from '../../../../core/schemas/practice-event.js';
import { requestJson } from '../../../lib/api-client.js';

/**
 * POST /api/practice/:attemptId/cancel: stops the scoring; answers once the server has saved what
 * it had. Throws ApiError not_found when the attempt is not running any more.
 */
export function cancelPractice(attemptId: string, signal?: AbortSignal): Promise<PracticeCancelAnswer> {
  return requestJson(`/api/practice/${encodeURIComponent(attemptId)}/cancel`, PracticeCancelAnswerSchema, {
    method: 'POST',
    ...(signal ? { signal } : {}),
  });
}
