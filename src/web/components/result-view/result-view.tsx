import { EXPERIENCE_LEVEL_LABELS, INTERVIEW_TYPE_LABELS, TECHNIQUE_LABELS } from '../../lib/labels.js';
import { CopyButton } from '../copy-button.js';
import { ErrorBanner } from '../error-banner.js';
import { ExportLinks } from './export-links.js';
import { formatQuestionSet } from './format-questions.js';
import { PromptInspector } from './prompt-inspector.js';
import { QuestionCard, QuestionSkeleton } from './question-card.js';
import { ResultAdvice, ResultPreamble } from './result-insights.js';
import type { Run } from './run.js';
import { UsagePanel } from './usage-panel.js';

type ResultViewProps = {
  run: Run;
  /** Sends the same request again (a new run; this one stays). */
  onRegenerate?: (run: Run) => void;
  /** Puts this run's settings into the form. */
  onUseSettings?: (run: Run) => void;
  busy?: boolean;
};

function describeRequest(run: Run): string {
  const { request } = run;
  const parts = [
    request.interviewType ? INTERVIEW_TYPE_LABELS[request.interviewType] : null,
    request.experienceLevel ? EXPERIENCE_LEVEL_LABELS[request.experienceLevel] : null,
    request.technique ? TECHNIQUE_LABELS[request.technique] : null,
    run.model,
  ];
  return parts.filter(Boolean).join(' · ');
}

/** A generation, streaming or finished, fresh or from history: the same view either way. */
export function ResultView({ run, onRegenerate, onUseSettings, busy = false }: ResultViewProps) {
  const streaming = run.status === 'streaming';
  const missing = streaming ? Math.max(0, run.expectedCount - run.questions.length) : 0;
  const headingId = `${run.key}-title`;
  return (
    <article className="result" aria-labelledby={headingId} aria-busy={streaming} data-status={run.status}>
      <header className="result-header">
        <div>
          <h2 id={headingId} className="result-title">
            {run.title}
          </h2>
          <p className="muted small">
            {describeRequest(run)} · <time dateTime={run.createdAt}>{new Date(run.createdAt).toLocaleString()}</time>
            {run.origin === 'history' ? ' · from history' : ''}
          </p>
        </div>
        <div className="result-actions">
          {run.questions.length > 0 ? (
            <CopyButton label="Copy all" text={() => formatQuestionSet(run.title, run.questions, run.result)} />
          ) : null}
          {onUseSettings ? (
            <button type="button" className="button button-small" onClick={() => onUseSettings(run)}>
              {run.origin === 'history' ? 'Regenerate with these settings' : 'Edit settings'}
            </button>
          ) : null}
          {onRegenerate && !streaming ? (
            <button type="button" className="button button-small" onClick={() => onRegenerate(run)} disabled={busy}>
              Regenerate
            </button>
          ) : null}
        </div>
      </header>
      {run.error ? <ErrorBanner error={run.error} /> : null}
      <ol className="question-list" aria-label="Questions">
        {run.questions.map((question, index) => (
          <li key={index}>
            <QuestionCard question={question} number={index + 1} />
          </li>
        ))}
        {Array.from({ length: missing }, (_, index) => (
          <li key={`pending-${index}`} aria-hidden="true">
            <QuestionSkeleton />
          </li>
        ))}
      </ol>
      {/* After the questions, so its late arrival (with the final result) moves nothing above. */}
      {run.result ? <ResultPreamble result={run.result} /> : null}
      {run.result ? <ResultAdvice result={run.result} /> : null}
      <div className="result-footer">
        {run.sessionId ? <ExportLinks sessionId={run.sessionId} /> : null}
        <UsagePanel usage={run.usage} streaming={streaming} />
        <PromptInspector model={run.model} messages={run.prompt} />
      </div>
    </article>
  );
}
