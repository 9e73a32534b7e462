import { ExplainEventDataSchemas, type ExplainEvent } from '../../../../core/schemas/practice-event.js';
import type { CriterionId } from '../../../../core/schemas/practice.js';
import { apiFetch, jsonPost } from '../../../lib/api-client.js';
import { readTypedEventStream } from '../../../lib/read-typed-event-stream.js';

/** POST /api/practice/:attemptId/explain: "Why this score?" for one criterion, as a stream of text deltas. */
export async function postExplain(
  attemptId: string,
  criterion: CriterionId,
  signal: AbortSignal,
): Promise<AsyncGenerator<ExplainEvent>> {
  const init = jsonPost({ criterion }, signal);
  const response = await apiFetch(`/api/practice/${encodeURIComponent(attemptId)}/explain`, {
    ...init,
    headers: { ...init.headers, accept: 'text/event-stream' },
  });
  if (!response.body) throw new TypeError('The response has no body.');
  return readTypedEventStream(response.body, ExplainEventDataSchemas);
}
