import { useCallback, useMemo, useState } from 'react';
import { LazyPart } from '../components/lazy-part.js';
import type { ModelList, SessionAnswer } from '../../core/schemas/api.js';
import type { PublicConfig } from '../../core/schemas/public-config.js';
import type { Usage } from '../../core/schemas/usage.js';
import { ErrorBanner } from '../components/error-banner.js';
import { loadResultView, preloadResultView } from '../components/result-view/lazy-result-view.js';
import { regenerateRequest, runFromSession, type Run } from '../components/result-view/run.js';
import { createDefaultFormValues, valuesFromRequest, type FormValues } from '../features/generate/form-values.js';
import { GenerationForm } from '../features/generate/generation-form.js';
import { useGeneration } from '../features/generate/use-generation.js';
import { HistoryPanel } from '../features/history/history-panel.js';
import { useHistory } from '../features/history/use-history.js';
import { CostSummary } from './cost-summary.js';
import { LazyPracticeView, preloadPracticeView } from './lazy-practice-view.js';
import { RunList } from './run-list.js';
import { LazySetupPanel } from './lazy-panels.js';
import { useRuns } from './use-runs.js';
import { useSessionCost } from './use-session-cost.js';

type WorkspaceProps = { config: PublicConfig; models: ModelList };

/** The question being practised: which result, which question (0-based). */
type PracticeTarget = { run: Run; questionIndex: number };

/** Frames to wait for an element React has not drawn yet (a state update outside an event). */
const SCROLL_WAIT_FRAMES = 30;

function scrollToElement(id: string, focusId?: string, framesLeft = SCROLL_WAIT_FRAMES) {
  window.requestAnimationFrame(() => {
    const element = document.getElementById(id);
    if (!element || (focusId && !document.getElementById(focusId))) {
      if (framesLeft > 0) scrollToElement(id, focusId, framesLeft - 1);
      return;
    }
    element.scrollIntoView({ behavior: 'smooth', block: 'start' });
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

  async function openSession(session: SessionAnswer) {
    const run = runFromSession(session);
    // Shown once it can be drawn, so its title is there to scroll to and focus; a chunk that
    // cannot be loaded shows its error in the results instead.
    await loadResultView().catch(() => undefined);
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
          {needsKey ? (
            <LazyPart loadingLabel="Loading…" failedTitle="The set-up steps could not be loaded">
              <LazySetupPanel config={config} />
            </LazyPart>
          ) : null}
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
            <LazyPart
              key={`${practice.run.key}-${practice.questionIndex}`}
              loadingLabel="Loading practice…"
              failedTitle="Practice could not be opened"
              close={{ label: 'Back to the questions', onClose: closePractice }}
            >
              <LazyPracticeView
                key={`${practice.run.key}-${practice.questionIndex}`}
                id="practice"
                sessionId={practice.run.sessionId!}
                questionIndex={practice.questionIndex}
                questions={practice.run.questions}
                interviewType={practice.run.request.interviewType}
                onClose={closePractice}
                onUsage={onPracticeUsage}
              />
            </LazyPart>
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
              onPracticeIntent={preloadPracticeView}
            />
          </div>
        </section>
        <div className="column column-history">
          <HistoryPanel
            history={history}
            limit={config.limits.sessionHistoryLimit}
            mode={config.mode}
            onOpen={openSession}
            onOpenIntent={preloadResultView}
          />
        </div>
      </main>
    </>
  );
}
