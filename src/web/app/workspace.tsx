import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import { LoadErrorBoundary } from '../components/load-error-boundary.js';
import type { ModelList, SessionAnswer } from '../../core/schemas/api.js';
import type { PublicConfig } from '../../core/schemas/public-config.js';
import type { Usage } from '../../core/schemas/usage.js';
import { ErrorBanner } from '../components/error-banner.js';
import { regenerateRequest, runFromSession, type Run } from '../components/result-view/run.js';
import { createDefaultFormValues, valuesFromRequest, type FormValues } from '../features/generate/form-values.js';
import { GenerationForm } from '../features/generate/generation-form.js';
import { useGeneration } from '../features/generate/use-generation.js';
import { HistoryPanel } from '../features/history/history-panel.js';
import { useHistory } from '../features/history/use-history.js';
import { CostSummary } from './cost-summary.js';
import { RunList } from './run-list.js';
import { SetupPanel } from './setup-panel.js';
import { useRuns } from './use-runs.js';
import { useSessionCost } from './use-session-cost.js';

type WorkspaceProps = { config: PublicConfig; models: ModelList };

// Loaded on first use, with its charts: the first screen does not carry it.
const PracticeView = lazy(() => import('../features/practice/practice-view.js'));

/** The question being practised: which result, which question (0-based). */
type PracticeTarget = { run: Run; questionIndex: number };

function scrollToElement(id: string, focusId?: string) {
  window.requestAnimationFrame(() => {
    document.getElementById(id)?.scrollIntoView({ behavior: 'smooth', block: 'start' });
    if (focusId) document.getElementById(focusId)?.focus({ preventScroll: true });
  });
}

/** The page once configured: form, results, history and costs, composed from the features. */
export function Workspace({ config, models }: WorkspaceProps) {
  const [values, setValues] = useState<FormValues>(() => createDefaultFormValues(models.defaultModel));
  const { runs, upsert, moveToTop, remove } = useRuns();
  const sessionCost = useSessionCost();
  const [practice, setPractice] = useState<PracticeTarget | null>(null);
  const history = useHistory();
  const { refresh: refreshHistory } = history;
  const { add: addCost } = sessionCost;

  const onRunChange = useCallback(
    (run: Run) => {
      // A new generation shows in the results: leave practice so it is seen.
      if (run.status === 'streaming' && run.questions.length === 0) setPractice(null);
      upsert(run);
      if (run.usage) addCost(run.key, run.usage.costUsd);
      if (run.status !== 'streaming') void refreshHistory();
    },
    [upsert, addCost, refreshHistory],
  );
  const generation = useGeneration(onRunChange);
  const onPracticeUsage = useCallback(
    (key: string, usage: Usage) => {
      addCost(key, usage.costUsd, 'practice');
      void refreshHistory();
    },
    [addCost, refreshHistory],
  );
  const busy = generation.starting || generation.activeRun !== null;

  const saved = useMemo(() => {
    if (!history.sessions) return null;
    return {
      usd: history.sessions.reduce((total, session) => total + (session.costUsd ?? 0), 0),
      unknownPriced: history.sessions.filter((session) => session.costUsd === null).length,
      count: history.sessions.length,
    };
  }, [history.sessions]);

  function openSession(session: SessionAnswer) {
    const run = runFromSession(session);
    setPractice(null);
    moveToTop(run);
    scrollToElement(run.key, `${run.key}-title`);
  }

  function openPractice(run: Run, questionIndex: number) {
    setPractice({ run, questionIndex });
    scrollToElement('results');
  }

  function closePractice() {
    if (!practice) return;
    const { run, questionIndex } = practice;
    setPractice(null);
    scrollToElement(`${run.key}-question-${questionIndex + 1}`, `${run.key}-question-${questionIndex + 1}-practice`);
  }

  function useSettings(run: Run) {
    setValues(
      valuesFromRequest(
        run.request,
        models.models.map((model) => model.id),
        models.defaultModel,
      ),
    );
    scrollToElement('settings-title', 'field-job-description');
  }

  const needsKey = config.apiKeyRequired && !config.apiKeyConfigured;
  return (
    <>
      <CostSummary session={sessionCost.cost} saved={saved} />
      <main className="workspace">
        <div className="column column-settings">
          {needsKey ? <SetupPanel config={config} /> : null}
          <section className="panel" aria-labelledby="settings-title">
            <h2 id="settings-title" className="panel-title" tabIndex={-1}>
              Prepare for an interview
            </h2>
            <GenerationForm
              limits={config.limits}
              models={models.models}
              values={values}
              onValuesChange={setValues}
              generation={generation}
              budgets={config.budgets}
            />
          </section>
        </div>
        <section className="column column-results" aria-label="Results" id="results" tabIndex={-1}>
          {/* Errors before any result exists appear where results do, in view and focused. */}
          {generation.startError ? (
            <ErrorBanner
              error={generation.startError}
              focusOnShow={!generation.startError.field}
              onDismiss={generation.clearStartError}
            />
          ) : null}
          {practice ? (
            <LoadErrorBoundary key={`${practice.run.key}-${practice.questionIndex}`} onClose={closePractice}>
              <Suspense fallback={<p className="muted">Loading practice…</p>}>
                <PracticeView
                  key={`${practice.run.key}-${practice.questionIndex}`}
                  id="practice"
                  sessionId={practice.run.sessionId!}
                  questionIndex={practice.questionIndex}
                  questions={practice.run.questions}
                  interviewType={practice.run.request.interviewType}
                  onClose={closePractice}
                  onUsage={onPracticeUsage}
                />
              </Suspense>
            </LoadErrorBoundary>
          ) : null}
          {/* Hidden, not unmounted, while practising: each result keeps its folded or open state. */}
          <div hidden={practice !== null}>
            <RunList
              runs={runs}
              busy={busy}
              onRegenerate={(run) => void generation.start(regenerateRequest(run))}
              onUseSettings={useSettings}
              onClose={remove}
              onPractice={openPractice}
            />
          </div>
        </section>
        <div className="column column-history">
          <HistoryPanel history={history} limit={config.limits.sessionHistoryLimit} onOpen={openSession} />
        </div>
      </main>
    </>
  );
}
