import type { GenerationResult, PlanStep } from '../../../core/schemas/generation-result.js';
import type { Question } from '../../../core/schemas/question.js';
import { questionSetTotals } from '../../../core/sessions/question-set-totals.js';
import { describeDifficultyMix, describeForQuestions } from './format-questions.js';
import { usePlanTicks } from './use-plan-ticks.js';

function List({ items }: { items: readonly string[] }) {
  return (
    <ul className="text-list">
      {items.map((item, index) => (
        <li key={index}>{item}</li>
      ))}
    </ul>
  );
}

/**
 * What the model noticed about the posting itself (a likely scam, text aimed at AI tools, not a
 * job posting at all): shown above the questions, so it is read before them. Announced when it
 * arrives with a fresh result; a session opened from history shows it without interrupting.
 */
export function PostingNotes({
  notes,
  announce,
  idPrefix,
}: {
  notes: readonly string[];
  announce: boolean;
  idPrefix: string;
}) {
  const headingId = `${idPrefix}-posting-notes`;
  if (notes.length === 0) return null;
  return (
    <section
      className="banner banner-notice posting-notes"
      aria-labelledby={headingId}
      role={announce ? 'alert' : undefined}
      data-testid="posting-notes"
    >
      <div>
        <h3 className="banner-title" id={headingId}>
          Check this posting
        </h3>
        <p className="banner-message">The model noticed something you should check before you prepare:</p>
        <List items={notes} />
      </div>
    </section>
  );
}

type ResultSummaryProps = {
  result: GenerationResult;
  questions: readonly Question[];
  roundMinutes?: number | undefined;
  idPrefix: string;
};

/** The posting as the model read it, and what the set adds up to (computed from the questions). */
export function ResultSummary({ result, questions, roundMinutes, idPrefix }: ResultSummaryProps) {
  const { postingAnalysis: posting, analysis } = result;
  const totals = questionSetTotals(questions);
  const titleId = `${idPrefix}-glance-title`;
  return (
    <div className="insights">
      <section className="panel result-summary" aria-labelledby={titleId}>
        <h3 id={titleId}>At a glance</h3>
        {posting && (posting.occupation || posting.sector) ? (
          <dl className="facts facts-wide">
            {posting.occupation ? (
              <div>
                <dt>Occupation</dt>
                <dd>{posting.occupation}</dd>
              </div>
            ) : null}
            {posting.sector ? (
              <div>
                <dt>Sector</dt>
                <dd>{posting.sector}</dd>
              </div>
            ) : null}
          </dl>
        ) : null}
        <dl className="facts">
          <div>
            <dt>Questions</dt>
            <dd>{totals.questionCount}</dd>
          </div>
          <div>
            <dt>Answering time</dt>
            <dd data-testid="total-minutes">
              ≈ {totals.totalMinutes} min
              {roundMinutes ? <span className="muted"> of a {roundMinutes}-min round</span> : null}
            </dd>
          </div>
          <div>
            <dt>Difficulty</dt>
            <dd data-testid="difficulty-mix">{describeDifficultyMix(totals.difficultyMix)}</dd>
          </div>
        </dl>
        {posting && posting.assessedCompetencies.length > 0 ? (
          <>
            <h4>Competencies the posting assesses</h4>
            <ul className="chips" aria-label="Competencies the posting assesses">
              {posting.assessedCompetencies.map((competency, index) => (
                <li key={index} className="chip">
                  {competency}
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {posting && posting.interviewStages.length > 0 ? (
          <>
            <h4>Interview stages</h4>
            <ol className="stage-list">
              {posting.interviewStages.map((stage, index) => (
                <li key={index}>{stage}</li>
              ))}
            </ol>
          </>
        ) : null}
      </section>
      {analysis ? (
        <section className="panel">
          <h3>How the model read the job</h3>
          <h4>Key requirements</h4>
          <List items={analysis.keyRequirements} />
          <h4>Level expectations</h4>
          <p className="prose">{analysis.levelExpectations}</p>
          <h4>Skills to probe</h4>
          <List items={analysis.skillsToProbe} />
        </section>
      ) : null}
    </div>
  );
}

function PlanStepItem({
  step,
  index,
  idPrefix,
  ticked,
  onToggle,
}: {
  step: PlanStep;
  index: number;
  idPrefix: string;
  ticked: boolean;
  onToggle: (index: number) => void;
}) {
  const checkboxId = `${idPrefix}-step-${index}`;
  const details = [step.minutes !== null ? `≈ ${step.minutes} min` : null, describeForQuestions(step.forQuestions)];
  return (
    <li className={`plan-step${ticked ? ' plan-step-done' : ''}`}>
      <input
        type="checkbox"
        id={checkboxId}
        checked={ticked}
        onChange={() => onToggle(index)}
        aria-describedby={`${checkboxId}-details`}
      />
      <div className="plan-step-text">
        <label htmlFor={checkboxId} className="plan-step-action">
          {step.action}
        </label>
        <div id={`${checkboxId}-details`}>
          {step.because ? (
            <p className="plan-step-because">
              <span className="muted">Why: </span>
              {step.because}
            </p>
          ) : null}
          <p className="plan-step-meta muted small">{details.filter(Boolean).join(' · ')}</p>
        </div>
      </div>
    </li>
  );
}

type PreparationPlanProps = { plan: readonly PlanStep[]; sessionId: string | null; idPrefix: string };

/** The preparation plan as a checklist the user ticks off (kept in this browser for a saved session). */
export function PreparationPlan({ plan, sessionId, idPrefix }: PreparationPlanProps) {
  const { ticked, toggle } = usePlanTicks(sessionId);
  if (plan.length === 0) return null;
  const done = plan.filter((_, index) => ticked.has(index)).length;
  const minutes = plan.reduce((total, step) => total + (step.minutes ?? 0), 0);
  return (
    <section className="panel preparation-plan" aria-labelledby={`${idPrefix}-plan-title`}>
      <div className="plan-header">
        <h3 id={`${idPrefix}-plan-title`}>How to prepare</h3>
        <p className="muted small" data-testid="plan-progress" aria-live="polite">
          {done} of {plan.length} done{minutes > 0 ? ` · about ${minutes} min in all` : ''}
        </p>
      </div>
      <ol className="plan-steps">
        {plan.map((step, index) => (
          <PlanStepItem
            key={index}
            step={step}
            index={index}
            idPrefix={idPrefix}
            ticked={ticked.has(index)}
            onToggle={toggle}
          />
        ))}
      </ol>
    </section>
  );
}

/** The strategy for this job, after the plan. */
export function ResultStrategy({ result }: { result: GenerationResult }) {
  if (!result.strategy) return null;
  return (
    <section className="panel">
      <h3>Strategy for this interview</h3>
      <p className="prose">{result.strategy}</p>
    </section>
  );
}
