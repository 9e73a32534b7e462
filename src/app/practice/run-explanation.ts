import { AppError } from '../../core/errors.js';
import type { ExplainEvent } from '../../core/schemas/practice-event.js';
import type { Usage } from '../../core/schemas/usage.js';
import type { LlmClient } from '../../llm/create-llm-client.js';
import type { TextRequest } from '../../llm/text-request.js';

/**
 * Streams a "Why this score?" explanation: `delta` for each piece of text, then `usage` and
 * `done`. `onUsage` is awaited before `done` (the cost is recorded by then), and told the usage
 * of a call that failed too, before its AppError is thrown.
 */
export async function* runExplanation(
  llm: LlmClient,
  call: TextRequest,
  options: { attemptId: string; signal: AbortSignal; onUsage: (usage: Usage | null) => Promise<void> },
): AsyncGenerator<ExplainEvent, void> {
  let usage: Usage | null = null;
  let settled = false;
  const settle = async () => {
    if (settled) return;
    settled = true;
    await options.onUsage(usage);
  };
  const stream = llm.streamText(call, { signal: options.signal });
  try {
    for (;;) {
      const next = await stream.next();
      if (next.done) break;
      const event = next.value;
      if (event.type === 'delta') yield { event: 'delta', data: { text: event.text } };
      if (event.type === 'usage') usage = event.usage;
    }
    await settle();
    if (usage) yield { event: 'usage', data: usage };
    yield { event: 'done', data: { attemptId: options.attemptId } };
  } catch (error) {
    await settle();
    if (usage) yield { event: 'usage', data: usage };
    throw error instanceof AppError ? error : new AppError('internal', { cause: error });
  } finally {
    await stream.return(undefined as never);
    await settle();
  }
}
