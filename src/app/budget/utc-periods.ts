/** Epoch ms of 00:00 UTC on the day of `now`. */
export function startOfUtcDay(now: number): number {
  const date = new Date(now);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
}

/** Epoch ms of 00:00 UTC on the day after `now`: when a daily budget resets. */
export function startOfNextUtcDay(now: number): number {
  const date = new Date(now);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() + 1);
}

/** Epoch ms of 00:00 UTC on the first of the month of `now`. */
export function startOfUtcMonth(now: number): number {
  const date = new Date(now);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1);
}

/** Epoch ms of 00:00 UTC on the first of the next month: when a monthly budget resets. */
export function startOfNextUtcMonth(now: number): number {
  const date = new Date(now);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1);
}
