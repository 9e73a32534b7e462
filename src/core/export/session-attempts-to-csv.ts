import { CRITERION_NAMES } from '../practice/rubrics.js';
import { CRITERIA_BY_TYPE, type CriterionId, type PracticeAttempt } from '../schemas/practice.js';
import type { Session } from '../schemas/session.js';
import { ATTEMPT_STATUS_LABELS, PRACTICE_MODE_LABELS, VERDICT_LABELS } from './practice-labels.js';
import { csvText } from './session-to-csv.js';

/** Columns before the criteria of the attempts CSV. */
export const ATTEMPT_CSV_LEADING_COLUMNS = [
  'Session',
  'Question number',
  'Question',
  'Thread',
  'Turn',
  'Date',
  'Mode',
  'Status',
  'Answered',
  'Answer',
  'Verdict',
] as const;

/** Columns after the criteria of the attempts CSV. */
export const ATTEMPT_CSV_TRAILING_COLUMNS = [
  'Strength',
  'Top fix',
  'Follow-up',
  'Duration (seconds)',
  'Words per minute',
  'Filler words',
  'Cost (USD)',
] as const;

/** What a criterion's cell says when the answer gave nothing to judge it by. */
export const NO_EVIDENCE_CELL = 'no evidence';

/**
 * The practice attempts of a session as CSV, one row per attempt, ordered by question, then
 * thread (oldest first), then turn. Between the attempt's facts and its feedback, one column per
 * criterion of the session's interview type, named as the rubric names it: the score 1-4,
 * "no evidence", or empty when the attempt stopped before that criterion. `Turn` counts from 1
 * (the answer to the question; 2 answers the first follow-up). The same file conventions and
 * formula protection as the questions CSV (see csvText).
 */
export function sessionAttemptsToCsv(session: Session): string {
  const criteria = CRITERIA_BY_TYPE[session.request.interviewType];
  const header = [
    ...ATTEMPT_CSV_LEADING_COLUMNS,
    ...criteria.map((criterion) => CRITERION_NAMES[criterion]),
    ...ATTEMPT_CSV_TRAILING_COLUMNS,
  ];
  const rows = [...session.practice]
    .sort((first, second) => first.questionIndex - second.questionIndex)
    .flatMap((thread) =>
      [...thread.attempts]
        .sort((first, second) => first.turn - second.turn)
        .map((attempt) => attemptRow(session, thread.questionIndex, attempt, criteria)),
    );
  return csvText([header, ...rows]);
}

function attemptRow(
  session: Session,
  questionIndex: number,
  attempt: PracticeAttempt,
  criteria: readonly CriterionId[],
): string[] {
  const { feedback, delivery } = attempt;
  const scores = new Map(feedback?.criteria.map((entry) => [entry.criterion, entry.score]));
  return [
    session.id,
    String(questionIndex + 1),
    session.result.questions[questionIndex]?.question ?? '',
    attempt.threadId,
    String(attempt.turn + 1),
    attempt.createdAt,
    PRACTICE_MODE_LABELS[attempt.mode],
    ATTEMPT_STATUS_LABELS[attempt.status],
    attempt.prompt,
    attempt.answer,
    feedback?.verdict ? VERDICT_LABELS[feedback.verdict] : '',
    ...criteria.map((criterion) => scoreCell(scores, criterion)),
    feedback?.strength ?? '',
    feedback?.topFix ?? '',
    attempt.followUp ?? '',
    optionalNumber(delivery.durationSeconds),
    optionalNumber(delivery.wordsPerMinute === null ? null : Math.round(delivery.wordsPerMinute)),
    String(delivery.fillerCount),
    optionalNumber(attempt.usage?.costUsd ?? null),
  ];
}

function scoreCell(scores: ReadonlyMap<CriterionId, number | null>, criterion: CriterionId): string {
  if (!scores.has(criterion)) return '';
  const score = scores.get(criterion);
  return score === null || score === undefined ? NO_EVIDENCE_CELL : String(score);
}

function optionalNumber(value: number | null): string {
  return value === null ? '' : String(value);
}
