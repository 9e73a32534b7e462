import { useRef } from 'react';
import { ErrorBanner } from '../error-banner.js';
import { ExportLinks } from './export-links.js';
import { PromptInspector } from './prompt-inspector.js';
import { QuestionCard, QuestionSkeleton } from './question-card.js';
import { PostingNotes, PreparationPlan, ResultStrategy, ResultSummary } from './result-insights.js';
import { ResultHeader } from './result-header.js';
import type { Run } from './run.js';
import { UsagePanel } from './usage-panel.js';
import { useAllSectionsOpen } from './use-all-sections-open.js';

export type ResultViewProps = {
  run: Run;
  /** Sends the same request again, naming this session so its questions are not repeated (a new run; this one stays). */
  onRegenerate?: (run: Run) => void;
  /** Puts this run's settings into the form. */
  onUseSettings?: (run: Run) => void;
  busy?: boolean;
  /** Shows only the header (an older result); undefined when the result cannot fold. */
  collapsed?: boolean;
  onToggleCollapsed?: () => void;
  /** Opens the practice view for one question (0-based) of this run's saved session. */
  onPractice?: ((run: Run, questionIndex: number) => void) | undefined;
  /** The pointer or the focus is on a "Practice" button (its view can start loading). */
  onPracticeIntent?: (() => void) | undefined;
};

/** A generation, streaming or finished, fresh or from history: the same view either way. */
export function ResultView({
  run,
  onRegenerate,
  onUseSettings,
  busy = false,
  collapsed,
  onToggleCollapsed,
  onPractice,
  onPracticeIntent,
}: ResultViewProps) {
  const articleRef = useRef<HTMLElement>(null);
  const sections = useAllSectionsOpen(articleRef, `${run.questions.length}-${collapsed}`);
  const streaming = run.status === 'streaming';
  const missing = streaming ? Math.max(0, run.expectedCount - run.questions.length) : 0;
  const headingId = `${run.key}-title`;
  const practicable = onPractice !== undefined && run.sessionId !== null && !streaming;
  return (
    <article
      ref={articleRef}
      className={`result${collapsed ? ' result-collapsed' : ''}`}
      aria-labelledby={headingId}
      aria-busy={streaming}
      data-status={run.status}
    >
      <ResultHeader
        run={run}
        headingId={headingId}
        busy={busy}
        collapsed={collapsed}
        onToggleCollapsed={onToggleCollapsed}
        allSectionsOpen={sections.allOpen}
        onToggleSections={() => sections.setAllOpen(!sections.allOpen)}
        onRegenerate={onRegenerate}
        onUseSettings={onUseSettings}
      />
      {run.error && !collapsed ? <ErrorBanner error={run.error} focusOnShow={run.origin === 'fresh'} /> : null}
      {collapsed ? null : (
        <>
          {run.result ? (
            <PostingNotes notes={run.result.postingNotes} announce={run.origin === 'fresh'} idPrefix={run.key} />
          ) : null}
          <ol className="question-list" aria-label="Questions">
            {run.questions.map((question, index) => (
              <li key={index}>
                <QuestionCard
                  question={question}
                  number={index + 1}
                  headingId={`${run.key}-question-${index + 1}`}
                  onPractice={practicable ? () => onPractice(run, index) : undefined}
                  onPracticeIntent={onPracticeIntent}
                />
              </li>
            ))}
            {Array.from({ length: missing }, (_, index) => (
              <li key={`pending-${index}`} aria-hidden="true">
                <QuestionSkeleton />
              </li>
            ))}
          </ol>
          {/* After the questions, so their late arrival (with the final result) moves nothing above;
              only notes on the posting itself go first, as they must be read before the questions. */}
          {run.result ? (
            <>
              <ResultSummary
                result={run.result}
                questions={run.questions}
                roundMinutes={run.request.roundMinutes}
                idPrefix={run.key}
              />
              <PreparationPlan plan={run.result.preparationPlan} sessionId={run.sessionId} idPrefix={run.key} />
              <ResultStrategy result={run.result} />
            </>
          ) : null}
          <div className="result-footer">
            {run.sessionId ? <ExportLinks sessionId={run.sessionId} /> : null}
            <UsagePanel
              usage={run.usage}
              spent={run.spent}
              streaming={streaming}
              model={run.model}
              reasoningEffort={run.request.reasoningEffort}
            />
            <PromptInspector model={run.model} messages={run.prompt} responseFormat={run.responseFormat} />
          </div>
        </>
      )}
    </article>
  );
}
