import { useState } from 'react';
import { LazyPart } from '../components/lazy-part.js';
import { LazyResultView } from '../components/result-view/lazy-result-view.js';
import type { Run } from '../components/result-view/run.js';

type RunListProps = {
  runs: readonly Run[];
  busy: boolean;
  onRegenerate: (run: Run) => void;
  onUseSettings: (run: Run) => void;
  onClose: (key: string) => void;
  onPractice: (run: Run, questionIndex: number) => void;
  /** The pointer or the focus is on a "Practice" button: its view can start loading. */
  onPracticeIntent: () => void;
};

/**
 * Every result on the page, newest first; earlier ones stay when you regenerate, folded to their
 * header (until the user shows them) so the page stays short.
 */
export function RunList(props: RunListProps) {
  const { runs, busy, onRegenerate, onUseSettings, onClose, onPractice, onPracticeIntent } = props;
  const [chosen, setChosen] = useState<Record<string, boolean>>({});
  // A result that comes to the top (new, or re-opened from history) is shown, whatever was chosen before.
  const topKey = runs[0]?.key;
  const [shownTop, setShownTop] = useState(topKey);
  if (topKey !== shownTop) {
    setShownTop(topKey);
    if (topKey !== undefined && topKey in chosen) setChosen(({ [topKey]: _dropped, ...rest }) => rest);
  }
  if (runs.length === 0) {
    return (
      <div className="empty-results">
        <h2>Your questions appear here</h2>
        <p className="muted">
          Paste a job description, pick the interview type and your level, and press Generate questions. Each question
          comes with what the interviewer evaluates, an answer framework, hints and follow-ups.
        </p>
      </div>
    );
  }
  return (
    <LazyPart loadingLabel="Loading the result…" failedTitle="The result could not be shown">
      <div className="run-list">
        {runs.map((run, index) => {
          const foldable = run.status !== 'streaming';
          const collapsed = foldable && (chosen[run.key] ?? index > 0);
          return (
            <div key={run.key} className="run" id={run.key}>
              {index > 0 ? <p className="run-earlier-label">Earlier result</p> : null}
              <LazyResultView
                run={run}
                busy={busy}
                onRegenerate={onRegenerate}
                onUseSettings={onUseSettings}
                onPractice={onPractice}
                onPracticeIntent={onPracticeIntent}
                {...(foldable
                  ? { collapsed, onToggleCollapsed: () => setChosen({ ...chosen, [run.key]: !collapsed }) }
                  : {})}
              />
              {foldable ? (
                <button
                  type="button"
                  className="button button-small button-quiet run-close"
                  onClick={() => onClose(run.key)}
                >
                  Close this result
                </button>
              ) : null}
            </div>
          );
        })}
      </div>
    </LazyPart>
  );
}
