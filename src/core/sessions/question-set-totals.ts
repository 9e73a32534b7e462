import type { Difficulty, Question } from '../schemas/question.js';

/** What a set of questions adds up to, computed from the questions (never taken from the model). */
export type QuestionSetTotals = {
  questionCount: number;
  totalMinutes: number;
  difficultyMix: Record<Difficulty, number>;
};

export function questionSetTotals(questions: readonly Pick<Question, 'difficulty' | 'timeEstimateMinutes'>[]) {
  const difficultyMix: Record<Difficulty, number> = { easy: 0, medium: 0, hard: 0 };
  let totalMinutes = 0;
  for (const question of questions) {
    difficultyMix[question.difficulty] += 1;
    totalMinutes += question.timeEstimateMinutes;
  }
  return { questionCount: questions.length, totalMinutes, difficultyMix } satisfies QuestionSetTotals;
}
