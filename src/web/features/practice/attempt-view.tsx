import type { CriterionChange } from '../../../core/practice/compare-attempts.js';
import type { Usage } from '../../../core/schemas/usage.js';
import { ErrorBanner } from '../../components/error-banner.js';
import { FeedbackView } from './feedback-view.js';
import type { LiveAttempt } from './live-attempt.js';

type AttemptViewProps = {
  attempt: LiveAttempt;
  criteriaCount: number;
  changes: CriterionChange[];
  onUsage: (key: string, usage: Usage) => void;
};

/**
 * One answer of the thread: the follow-up it answered, what was said, and then the coach's
 * feedback, or in interview mode nothing but progress (the feedback waits for the report).
 */
export function AttemptView({ attempt, criteriaCount, changes, onUsage }: AttemptViewProps) {
  const coach = attempt.mode === 'coach';
  return (
    <article className="attempt" aria-labelledby={`${attempt.key}-title`} data-status={attempt.status}>
      <h3 id={`${attempt.key}-title`} className="attempt-title">
        {attempt.turn === 0 ? 'Your answer' : `Follow-up ${attempt.turn}`}
      </h3>
      {attempt.turn > 0 ? (
        <p className="prose interviewer-line">
          <span className="interviewer-label">Interviewer: </span>
          {attempt.prompt}
        </p>
      ) : null}
      <blockquote className="prose answer-text">{attempt.answer}</blockquote>
      {coach ? (
        <FeedbackView
          attempt={attempt}
          criteriaCount={criteriaCount}
          changes={changes}
          onUsage={onUsage}
          focusOnStart={attempt.status === 'streaming'}
        />
      ) : (
        <>
          <p className="muted small" role="status">
            {attempt.status === 'streaming'
              ? 'The interviewer is noting your answer…'
              : attempt.status === 'complete'
                ? 'Answer noted. The feedback is in the report when you end the interview.'
                : ''}
          </p>
          {attempt.error ? <ErrorBanner error={attempt.error} /> : null}
        </>
      )}
    </article>
  );
}
