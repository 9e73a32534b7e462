import type { PracticeMode } from '../../../core/schemas/practice.js';

export { formatScore, VERDICT_LABELS } from '../../../core/export/practice-labels.js';

/** The mode switch's options: what each mode does, not only its name. */
export const MODE_DESCRIPTIONS = {
  coach: 'Coach: feedback after each answer, hints visible',
  interview: 'Interview: hints hidden, only the interviewer’s follow-up until you end it',
} as const satisfies Record<PracticeMode, string>;
