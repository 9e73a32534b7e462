import type { Session } from '../../core/schemas/session.js';
import { FUTURE_DATE_SLACK_MS } from '../../core/schemas/session-limits.js';

/**
 * Imported sessions with `createdAt` later than `now` (plus a few minutes of slack for clocks that
 * disagree a little) dated `now` instead, keeping their order among themselves (a millisecond
 * apart). A file from a machine whose clock runs ahead, or a crafted one, would otherwise sit at
 * the top of the history for good and push every new generation out of it.
 */
export function clampFutureDates(sessions: readonly Session[], now: number): { sessions: Session[]; clamped: number } {
  const future = sessions
    .filter((session) => Date.parse(session.createdAt) > now + FUTURE_DATE_SLACK_MS)
    .sort((first, second) => Date.parse(second.createdAt) - Date.parse(first.createdAt));
  if (future.length === 0) return { sessions: [...sessions], clamped: 0 };
  const newDates = new Map(future.map((session, rank) => [session, new Date(now - rank).toISOString()]));
  return {
    sessions: sessions.map((session) => {
      const createdAt = newDates.get(session);
      return createdAt === undefined ? session : { ...session, createdAt };
    }),
    clamped: future.length,
  };
}
