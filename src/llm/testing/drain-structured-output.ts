import { AppError } from '../../core/errors.js';
import type { StructuredOutputEnd, StructuredOutputEvent } from '../structured-output-request.js';

/** Everything a model call produced: its events, then its return value or its AppError. */
export type DrainedStream<Event, End> = {
  events: Event[];
  /** Date.now() when each event arrived, in the order of `events`. */
  receivedAt: number[];
  /** What the stream returned; null when it threw. */
  end: End | null;
  error: AppError | null;
  elapsedMs: number;
};

export type DrainedStructuredOutput = DrainedStream<StructuredOutputEvent, StructuredOutputEnd>;

/**
 * Reads a model call's stream (structured or text) to its end with manual `next()` calls (a
 * for-await loop would drop the return value). An AppError is captured; anything else is a bug
 * and is rethrown.
 */
export async function drainStructuredOutput<Event, End>(
  stream: AsyncGenerator<Event, End>,
  onEvent?: (event: Event) => void,
): Promise<DrainedStream<Event, End>> {
  const events: Event[] = [];
  const receivedAt: number[] = [];
  const startedAt = Date.now();
  const finish = (end: End | null, error: AppError | null) => ({
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
export function eventsOfType<Event extends { type: string }, Type extends Event['type']>(
  events: readonly Event[],
  type: Type,
): Extract<Event, { type: Type }>[] {
  return events.filter((event): event is Extract<Event, { type: Type }> => event.type === type);
}

/** The types of the events in order, without `progress`: how many of those come depends on timing. */
export function eventTypesOf<Event extends { type: string }>(events: readonly Event[]): Event['type'][] {
  return events.map((event) => event.type).filter((type) => type !== 'progress');
}
