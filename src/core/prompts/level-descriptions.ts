import type { ExperienceLevel } from '../schemas/generation-request.js';

/** What each experience level means in years and scope. */
export const LEVEL_DESCRIPTIONS = {
  junior:
    'Junior (about 1-2 years of experience): solid fundamentals, delivers well-scoped tasks with guidance, learns quickly.',
  mid: 'Mid-level (about 3-5 years of experience): owns features end to end without supervision, makes sound trade-offs, handles production problems.',
  senior:
    'Senior (5+ years of experience): owns whole systems or outcomes, designs for scale and failure, mentors others and influences beyond the team.',
  lead: 'Lead / principal (typically 8+ years, leading people or setting technical direction): sets direction across teams, makes organisation-level trade-offs, hires and grows people, aligns senior stakeholders.',
} as const satisfies Record<ExperienceLevel, string>;

/** The difficulty mix that suits a candidate at each level. */
export const LEVEL_DIFFICULTY_MIX = {
  junior: 'mostly easy and medium questions; at most one hard one.',
  mid: 'mostly medium questions, with some easy and some hard.',
  senior: 'mostly medium and hard questions; no trivia.',
  lead: 'mostly hard questions about judgement, scope and influence.',
} as const satisfies Record<ExperienceLevel, string>;

/** One line naming the candidate's level and what it implies. */
export function describeLevel(level: ExperienceLevel): string {
  return LEVEL_DESCRIPTIONS[level];
}
