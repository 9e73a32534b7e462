import type { PracticeRequestInput } from '../../../../core/schemas/practice-request-schema.js';
import { PracticeEventDataSchemas, type PracticeEvent } from '../../../../core/schemas/practice-event.js';
import { apiFetch, jsonPost } from '../../../lib/api-client.js';
import { readTypedEventStream } from '../../../lib/read-typed-event-stream.js';

/**
 * POST /api/practice: sends one answer and returns its event stream, validated with the server's
 * own schemas. Errors before the stream starts (validation, rate limit, unknown session) throw ApiError.
 */
export async function postPractice(
  body: PracticeRequestInput,
  signal: AbortSignal,
): Promise<AsyncGenerator<PracticeEvent>> {
  const init = jsonPost(body, signal);
  const response = await apiFetch('/api/practice', {
    ...init,
    headers: { ...init.headers, accept: 'text/event-stream' },
  });
  if (!response.body) throw new TypeError('The response has no body.');
  return readTypedEventStream(response.body, PracticeEventDataSchemas);
}
