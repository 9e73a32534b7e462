import { useMemo } from 'react';
import { readinessOf } from '../../../core/practice/readiness.js';
import { CRITERION_NAMES } from '../../../core/practice/rubrics.js';
import type { InterviewType } from '../../../core/schemas/generation-request.js';
import type { PracticeThread } from '../../../core/schemas/practice.js';
import type { Question } from '../../../core/schemas/question.js';
import { ScoreBarChart } from './score-bar-chart.js';
import { TrendChart } from './trend-chart.js';

type ReadinessPanelProps = {
  id: string;
  questions: Question[];
  threads: PracticeThread[];
  interviewType: InterviewType;
};

/** How ready the candidate is for this session: coverage, average per criterion, weakest area, trend. */
export function ReadinessPanel({ id, questions, threads, interviewType }: ReadinessPanelProps) {
  const readiness = useMemo(() => readinessOf(questions, threads, interviewType), [questions, threads, interviewType]);
  const scored = readiness.trend.length > 0;
  return (
    <details className="disclosure readiness" data-testid="readiness">
      <summary>Readiness for this session</summary>
      <div className="disclosure-body">
        <p data-testid="questions-practised">
          <strong>
            {readiness.questionsPractised} of {readiness.questionCount}
          </strong>{' '}
          questions practised
        </p>
        {scored ? (
          <>
            {readiness.weakest ? (
              <p data-testid="weakest-area">
                Weakest area: <strong>{CRITERION_NAMES[readiness.weakest] ?? readiness.weakest}</strong>
              </p>
            ) : null}
            <div className="charts">
              <ScoreBarChart id={`${id}-averages`} averages={readiness.averages} weakest={readiness.weakest} />
              <TrendChart id={`${id}-trend`} trend={readiness.trend} />
            </div>
          </>
        ) : (
          <p className="muted">Answer a question to see your scores here.</p>
        )}
      </div>
    </details>
  );
}
