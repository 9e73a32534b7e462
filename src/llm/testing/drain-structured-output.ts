import { AppError } from '../../core/errors.js';
import type {
  StructuredOutputEnd,
  StructuredOutputEvent,
  StructuredOutputStream,
} from '../structured-output-request.js';

/** Everything a structured call produced: its events, then its return value or its AppError. */
export type DrainedStructuredOutput = {
  events: StructuredOutputEvent[];
  /** Date.now() when each event arrived, in the order of `events`. */
  receivedAt: number[];
  /** What the stream returned; null when it threw. */
  end: StructuredOutputEnd | null;
  error: AppError | null;
  elapsedMs: number;
};

/**
 * Reads a structured-output stream to its end with manual `next()` calls (a for-await loop would
 * drop the return value). An AppError is captured; anything else is a bug and is rethrown.
 */
export async function drainStructuredOutput(
  stream: StructuredOutputStream,
  onEvent?: (event: StructuredOutputEvent) => void,
): Promise<DrainedStructuredOutput> {
  const events: StructuredOutputEvent[] = [];
  const receivedAt: number[] = [];
  const startedAt = Date.now();
  const finish = (end: StructuredOutputEnd | null, error: AppError | null) => ({
    events,
    receivedAt,
    end,
    error,
    elapsedMs: Date.now() - startedAt,
  });
  try {
    for (;;) {
      const next = await stream.next();
      if (next.done) return finish(next.value, null);
      events.push(next.value);
      receivedAt.push(Date.now());
      onEvent?.(next.value);
    }
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return finish(null, error);
  }
}

/** The events of one type, typed as such. */
export function eventsOfType<Type extends StructuredOutputEvent['type']>(
  events: readonly StructuredOutputEvent[],
  type: Type,
): Extract<StructuredOutputEvent, { type: Type }>[] {
  return events.filter((event): event is Extract<StructuredOutputEvent, { type: Type }> => event.type === type);
}

/** The types of the events in order, without `progress`: how many of those come depends on timing. */
export function eventTypesOf(events: readonly StructuredOutputEvent[]): StructuredOutputEvent['type'][] {
  return events.map((event) => event.type).filter((type) => type !== 'progress');
}
