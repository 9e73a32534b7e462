import type { InterviewType } from '../schemas/generation-request.js';
import { CRITERIA_BY_TYPE, type CriterionId, type PracticeAttempt, type PracticeThread } from '../schemas/practice.js';
import type { Question } from '../schemas/question.js';
import { meanScore, scoreOf } from './overall-verdict.js';
import { CRITERION_NAMES } from './rubrics.js';

export type CriterionAverage = { criterion: CriterionId; name: string; average: number | null; attempts: number };
/** One complete attempt, oldest first: its mean score ("no evidence" counting as 1). */
export type TrendPoint = { attempt: number; createdAt: string; average: number | null };
export type Readiness = {
  questionsPractised: number;
  questionCount: number;
  averages: CriterionAverage[];
  weakest: CriterionId | null;
  trend: TrendPoint[];
};

/**
 * How ready the candidate looks across a session: how many of its questions were practised, the
 * average score per rubric criterion ("no evidence" counting as 1, as in the verdict), the weakest
 * criterion (lowest average; ties go to the earlier criterion in the rubric), and the trend of
 * the mean score over attempts. Only complete attempts count.
 */
export function readinessOf(questions: Question[], threads: PracticeThread[], interviewType: InterviewType): Readiness {
  const practised = threads.filter(
    (thread) => thread.questionIndex < questions.length && thread.attempts.some(isComplete),
  );
  const attempts = practised
    .flatMap((thread) => thread.attempts.filter(isComplete))
    .sort((first, second) => first.createdAt.localeCompare(second.createdAt));
  const averages = CRITERIA_BY_TYPE[interviewType].map((criterion) => averageOf(criterion, attempts));
  return {
    questionsPractised: new Set(practised.map((thread) => thread.questionIndex)).size,
    questionCount: questions.length,
    averages,
    weakest: weakestOf(averages),
    trend: attempts.map((attempt, index) => ({
      attempt: index + 1,
      createdAt: attempt.createdAt,
      average: meanScore(attempt.feedback?.criteria ?? []),
    })),
  };
}

function isComplete(attempt: PracticeAttempt): boolean {
  return attempt.status === 'complete' && attempt.feedback !== null;
}

function averageOf(criterion: CriterionId, attempts: PracticeAttempt[]): CriterionAverage {
  const scores = attempts
    .map((attempt) => attempt.feedback?.criteria.find((entry) => entry.criterion === criterion))
    .filter((entry) => entry !== undefined)
    .map(scoreOf);
  const average = scores.length === 0 ? null : scores.reduce((sum, score) => sum + score, 0) / scores.length;
  return { criterion, name: CRITERION_NAMES[criterion], average, attempts: scores.length };
}

function weakestOf(averages: CriterionAverage[]): CriterionId | null {
  let weakest: CriterionAverage | null = null;
  for (const entry of averages) {
    if (entry.average !== null && (weakest?.average == null || entry.average < weakest.average)) weakest = entry;
  }
  return weakest?.criterion ?? null;
}
