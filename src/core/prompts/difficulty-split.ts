import type { ExperienceLevel, InterviewType } from '../schemas/generation-request.js';
import type { Difficulty } from '../schemas/question.js';

/** How many questions of each difficulty a set should have. */
export type DifficultySplit = Record<Difficulty, number>;

/** Shares in tenths of the set, so the arithmetic stays in whole numbers. */
type Shares = readonly [easy: number, medium: number, hard: number];

// Against the level's bar: one warm-up, most questions at the bar, the harder levels more above it.
const QUESTION_SHARES: Record<ExperienceLevel, Shares> = {
  junior: [4, 5, 1],
  mid: [2, 6, 2],
  senior: [2, 4, 4],
  lead: [2, 2, 6],
};
// Questions to the employer: difficulty is how delicate a question is; mostly safe ones.
const REVERSE_SHARES: Record<ExperienceLevel, Shares> = {
  junior: [6, 2, 2],
  mid: [6, 2, 2],
  senior: [4, 3, 3],
  lead: [4, 3, 3],
};
/** On equal remainders the gentler difficulty wins a question. */
const TIE_ORDER: readonly Difficulty[] = ['medium', 'easy', 'hard'];
/** From this many questions on, a set opens with at least one warm-up. */
const WARM_UP_FROM = 3;

/**
 * The difficulty counts for a set, computed so that they always add up to `questionCount`
 * (largest remainder over the level's shares), e.g. senior, 5 questions: 1 easy, 2 medium, 2 hard.
 */
export function difficultySplit(options: {
  interviewType: InterviewType;
  experienceLevel: ExperienceLevel;
  questionCount: number;
}): DifficultySplit {
  const count = Math.max(0, Math.round(options.questionCount));
  const table = options.interviewType === 'reverse' ? REVERSE_SHARES : QUESTION_SHARES;
  const [easy, medium, hard] = table[options.experienceLevel];
  const tenths: DifficultySplit = { easy: easy * count, medium: medium * count, hard: hard * count };
  const split: DifficultySplit = {
    easy: Math.floor(tenths.easy / 10),
    medium: Math.floor(tenths.medium / 10),
    hard: Math.floor(tenths.hard / 10),
  };
  // Stable sort: equal remainders keep TIE_ORDER.
  const byRemainder = [...TIE_ORDER].sort((a, b) => (tenths[b] % 10) - (tenths[a] % 10));
  let left = count - split.easy - split.medium - split.hard;
  for (const difficulty of byRemainder) {
    if (left === 0) break;
    split[difficulty] += 1;
    left -= 1;
  }
  if (count >= WARM_UP_FROM && split.easy === 0) {
    if (split.medium > 0) split.medium -= 1;
    else split.hard -= 1;
    split.easy = 1;
  }
  return split;
}

/** The split in words, e.g. "1 easy, 2 medium, 2 hard" (zero counts left out). */
export function describeDifficultySplit(split: DifficultySplit): string {
  const parts = (['easy', 'medium', 'hard'] as const).filter((difficulty) => split[difficulty] > 0);
  return parts.map((difficulty) => `${split[difficulty]} ${difficulty}`).join(', ');
}
