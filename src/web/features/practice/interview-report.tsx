import { useEffect, useRef } from 'react';
import { CRITERION_NAMES } from '../../../core/practice/rubrics.js';
import type { PracticeThread } from '../../../core/schemas/practice.js';
import { formatScore, VERDICT_LABELS } from './practice-labels.js';

/**
 * The end of a mock interview: every answer of the thread with the feedback the server saved for
 * it (no new call to the model), shown only now so the interview itself felt like one.
 */
export function InterviewReport({ id, thread }: { id: string; thread: PracticeThread }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <section className="interview-report" aria-labelledby={`${id}-title`} data-testid="interview-report">
      <h3 id={`${id}-title`} ref={headingRef} tabIndex={-1}>
        Interview report
      </h3>
      <ol className="report-turns">
        {thread.attempts.map((attempt) => (
          <li key={attempt.id} className="report-turn">
            <h4 className="prose">{attempt.prompt}</h4>
            {attempt.feedback ? (
              <>
                {attempt.feedback.verdict ? (
                  <p>
                    Overall: <strong>{VERDICT_LABELS[attempt.feedback.verdict]}</strong>
                    {attempt.status === 'partial' ? ' (partial feedback)' : ''}
                  </p>
                ) : null}
                <ul className="text-list">
                  {attempt.feedback.criteria.map((criterion) => (
                    <li key={criterion.criterion}>
                      <strong>{CRITERION_NAMES[criterion.criterion] ?? criterion.criterion}:</strong>{' '}
                      {formatScore(criterion.score)}. {criterion.reasoning}
                    </li>
                  ))}
                </ul>
                <p className="prose">
                  <strong>Strength:</strong> {attempt.feedback.strength}
                </p>
                <p className="prose">
                  <strong>Top fix:</strong> {attempt.feedback.topFix}
                </p>
              </>
            ) : (
              <p className="muted">No feedback was saved for this answer.</p>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
