import type { ExperienceLevel } from '../schemas/generation-request.js';

/** What each experience level means, in years and in terms any profession shares: scope, autonomy, influence, accountability. */
export const LEVEL_DESCRIPTIONS = {
  junior:
    'Junior (about 1-2 years of experience): scope: well-defined tasks and routine cases; autonomy: works to procedures with guidance and supervision at hand; influence: their own work and immediate colleagues; accountability: doing their own tasks safely and correctly, and asking for help in time.',
  mid: 'Mid-level (about 3-5 years of experience): scope: the full range of everyday work, including non-routine cases; autonomy: works independently and knows when to escalate; influence: peers and the people they work with daily, guides newer colleagues; accountability: the outcomes of their own area of work, end to end.',
  senior:
    'Senior (5+ years of experience): scope: the most complex cases and a whole area, service or project; autonomy: sets their own approach and judges when standard practice does not fit; influence: develops others and is trusted beyond their own team; accountability: the quality and results of that area and of the people they guide.',
  lead: 'Lead / principal (typically 8+ years, leading people or setting direction): scope: a team, department, service or several projects; autonomy: sets direction and standards for others; influence: shapes decisions with senior leaders, partners and other teams; accountability: results, budget, risk and people across that scope.',
} as const satisfies Record<ExperienceLevel, string>;

/** One line naming the candidate's level and what it implies. */
export function describeLevel(level: ExperienceLevel): string {
  return LEVEL_DESCRIPTIONS[level];
}
