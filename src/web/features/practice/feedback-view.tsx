import { useEffect, useRef } from 'react';
import type { CriterionChange } from '../../../core/practice/compare-attempts.js';
import type { Usage } from '../../../core/schemas/usage.js';
import { ErrorBanner } from '../../components/error-banner.js';
import { CriterionChanges } from './criterion-changes.js';
import { CriterionItem } from './criterion-item.js';
import { DeliverySummary } from './delivery-summary.js';
import type { LiveAttempt } from './live-attempt.js';
import { VERDICT_LABELS } from './practice-labels.js';

type FeedbackViewProps = {
  attempt: LiveAttempt;
  /** How many criteria the rubric has, for "3 of 6 scored". */
  criteriaCount: number;
  changes: CriterionChange[];
  onUsage: (key: string, usage: Usage) => void;
  /** Move the focus to the heading when the feedback starts (a fresh attempt, not one re-rendered). */
  focusOnStart: boolean;
};

function progressMessage(attempt: LiveAttempt, criteriaCount: number): string {
  if (attempt.status === 'streaming')
    return attempt.criteria.length === 0
      ? 'Scoring…'
      : `${attempt.criteria.length} of ${criteriaCount} criteria scored`;
  if (attempt.status === 'stopped') return `Stopped: ${attempt.criteria.length} of ${criteriaCount} criteria scored`;
  return 'Feedback complete';
}

/** The coach's feedback on one answer, criterion by criterion as it streams in, then the advice. */
export function FeedbackView({ attempt, criteriaCount, changes, onUsage, focusOnStart }: FeedbackViewProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { feedback } = attempt;
  const finished = attempt.status === 'complete';
  useEffect(() => {
    if (focusOnStart) headingRef.current?.focus();
  }, [focusOnStart]);
  return (
    <section
      className="feedback"
      aria-labelledby={`${attempt.key}-feedback`}
      aria-busy={attempt.status === 'streaming'}
    >
      <h4 id={`${attempt.key}-feedback`} ref={headingRef} tabIndex={-1}>
        Feedback{attempt.status === 'stopped' && attempt.criteria.length > 0 ? ' (partial)' : ''}
      </h4>
      <p className="visually-hidden" role="status">
        {progressMessage(attempt, criteriaCount)}
      </p>
      {attempt.status === 'streaming' ? (
        <p className="muted small" aria-hidden="true" data-testid="scoring-progress">
          {progressMessage(attempt, criteriaCount)}
          {attempt.retry ? ` · ${attempt.retry.message}` : ''}
        </p>
      ) : null}
      {attempt.error ? <ErrorBanner error={attempt.error} /> : null}
      <ol className="criteria" aria-label="Scores per criterion">
        {attempt.criteria.map((criterion) => (
          <CriterionItem
            key={criterion.criterion}
            criterion={criterion}
            attemptId={finished ? attempt.attemptId : null}
            onUsage={onUsage}
          />
        ))}
      </ol>
      {feedback ? (
        <div className="feedback-advice">
          {feedback.verdict ? (
            <p className={`verdict verdict-${feedback.verdict}`} data-testid="verdict">
              Overall: <strong>{VERDICT_LABELS[feedback.verdict]}</strong>
            </p>
          ) : null}
          <h5>Strength</h5>
          <p className="prose">{feedback.strength}</p>
          <h5>Top fix</h5>
          <p className="prose">{feedback.topFix}</p>
          {feedback.rewrite.original ? (
            <>
              <h5>One sentence, rewritten</h5>
              <div className="rewrite" data-testid="rewrite">
                <p className="prose rewrite-original">
                  <span className="rewrite-label">You said: </span>
                  <q>{feedback.rewrite.original}</q>
                </p>
                <p className="prose rewrite-improved">
                  <span className="rewrite-label">Could read: </span>
                  <q>{feedback.rewrite.improved}</q>
                </p>
              </div>
            </>
          ) : null}
          {feedback.profileContradictions.length > 0 ? (
            <div className="notice" data-testid="profile-contradictions">
              <h5>Does not match your background</h5>
              <ul className="text-list">
                {feedback.profileContradictions.map((claim, index) => (
                  <li key={index}>{claim}</li>
                ))}
              </ul>
            </div>
          ) : null}
          {feedback.arithmetic.length > 0 ? (
            <div className="arithmetic">
              <h5>Arithmetic, recomputed</h5>
              <ul className="text-list">
                {feedback.arithmetic.map((check, index) => (
                  <li key={index}>
                    {check.expression} = {check.stated}: {check.correct ? 'correct' : `should be ${check.computed}`}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </div>
      ) : null}
      <CriterionChanges changes={changes} />
      {attempt.delivery && (finished || attempt.status === 'stopped') ? (
        <DeliverySummary delivery={attempt.delivery} />
      ) : null}
    </section>
  );
}
