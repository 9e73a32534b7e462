import { FUTURE_DATE_SLACK_MS } from '../core/schemas/session-limits.js';

/**
 * The latest of these ISO dates, as `toISOString()` text (so text order is time order). A date
 * beyond now (give or take FUTURE_DATE_SLACK_MS) counts as now: a session dated ahead would
 * otherwise never be pruned as old.
 */
export function latestActivity(dates: readonly string[], nowMs: number): string {
  const latest = Math.max(...dates.map((date) => Date.parse(date)));
  return new Date(latest > nowMs + FUTURE_DATE_SLACK_MS ? nowMs : latest).toISOString();
}
