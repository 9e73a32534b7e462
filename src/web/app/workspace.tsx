import { useCallback, useMemo, useState } from 'react';
import type { ModelList } from '../../core/schemas/api.js';
import type { PublicConfig } from '../../core/schemas/public-config.js';
import type { Session } from '../../core/schemas/session.js';
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
  const history = useHistory();
  const { refresh: refreshHistory } = history;
  const { add: addCost } = sessionCost;

  const onRunChange = useCallback(
    (run: Run) => {
      upsert(run);
      if (run.usage) addCost(run.key, run.usage.costUsd);
      if (run.status !== 'streaming') void refreshHistory();
    },
    [upsert, addCost, refreshHistory],
  );
  const generation = useGeneration(onRunChange);
  const busy = generation.starting || generation.activeRun !== null;

  const saved = useMemo(() => {
    if (!history.sessions) return null;
    return {
      usd: history.sessions.reduce((total, session) => total + (session.costUsd ?? 0), 0),
      unknownPriced: history.sessions.filter((session) => session.costUsd === null).length,
      count: history.sessions.length,
    };
  }, [history.sessions]);

  function openSession(session: Session) {
    const run = runFromSession(session);
    moveToTop(run);
    scrollToElement(run.key, `${run.key}-title`);
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
          <RunList
            runs={runs}
            busy={busy}
            onRegenerate={(run) => void generation.start(regenerateRequest(run))}
            onUseSettings={useSettings}
            onClose={remove}
          />
        </section>
        <div className="column column-history">
          <HistoryPanel history={history} limit={config.limits.sessionHistoryLimit} onOpen={openSession} />
        </div>
      </main>
    </>
  );
}
