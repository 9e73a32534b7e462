import type { AttemptStatusSchema, Delivery, PracticeMode, Score, Verdict } from '../schemas/practice.js';
import type { z } from 'zod';

/** The anchors of the score scale, as exports name them. */
export const SCORE_LABELS = {
  1: 'Missing',
  2: 'Weak',
  3: 'Meets the bar',
  4: 'Strong',
} as const satisfies Record<Score, string>;

/** A criterion the answer gave nothing to judge by. */
export const NO_EVIDENCE_LABEL = 'No evidence';

export const VERDICT_LABELS = {
  not_yet: 'Not yet',
  borderline: 'Borderline',
  meets_bar: 'Meets the bar',
  strong: 'Strong',
} as const satisfies Record<Verdict, string>;

export const PRACTICE_MODE_LABELS = {
  coach: 'Coach',
  interview: 'Interview',
} as const satisfies Record<PracticeMode, string>;

export const ATTEMPT_STATUS_LABELS = {
  complete: 'Complete',
  partial: 'Partial',
} as const satisfies Record<z.infer<typeof AttemptStatusSchema>, string>;

/** `3 · Meets the bar`, or `No evidence` (a criterion's score is 1-4 or null, see ScoreSchema). */
export function formatScore(score: number | null): string {
  return score === null ? NO_EVIDENCE_LABEL : `${score} · ${SCORE_LABELS[score as Score]}`;
}

/** `2 min 05 s`, `45 s`, `3.4 s` (tenths only under ten seconds, where they matter: pauses). */
export function formatDuration(seconds: number): string {
  if (seconds < 10) return `${Number(seconds.toFixed(1))} s`;
  const whole = Math.round(seconds);
  const minutes = Math.floor(whole / 60);
  const rest = whole % 60;
  return minutes === 0 ? `${rest} s` : `${minutes} min ${String(rest).padStart(2, '0')} s`;
}

/**
 * What was measured of an answer's delivery, on one line:
 * `Spoken · 2 min 05 s · 312 words · 150 words per minute · 3 filler words (um 2, like 1) · longest pause 4 s`.
 * Parts that were not measured (no timer, a typed answer's pauses) are left out.
 */
export function formatDelivery(delivery: Delivery): string {
  const { durationSeconds, wordsPerMinute, longestPauseSeconds } = delivery;
  const fillers = delivery.fillers.map(({ filler, count }) => `${filler} ${count}`).join(', ');
  return [
    delivery.spoken ? 'Spoken' : 'Typed',
    ...(durationSeconds === null ? [] : [formatDuration(durationSeconds)]),
    `${delivery.words} word${delivery.words === 1 ? '' : 's'}`,
    ...(wordsPerMinute === null ? [] : [`${Math.round(wordsPerMinute)} words per minute`]),
    `${delivery.fillerCount} filler word${delivery.fillerCount === 1 ? '' : 's'}${fillers ? ` (${fillers})` : ''}`,
    ...(longestPauseSeconds === null ? [] : [`longest pause ${formatDuration(longestPauseSeconds)}`]),
  ].join(' · ');
}
