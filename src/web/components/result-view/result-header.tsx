import { EXPERIENCE_LEVEL_LABELS, INTERVIEW_TYPE_LABELS, TECHNIQUE_LABELS } from '../../lib/labels.js';
import { CopyButton } from '../copy-button.js';
import { formatQuestionSet } from './format-questions.js';
import type { Run } from './run.js';

export type ResultHeaderProps = {
  run: Run;
  headingId: string;
  busy: boolean;
  /** Older results fold to this header; undefined when the result cannot fold. */
  collapsed?: boolean | undefined;
  onToggleCollapsed?: (() => void) | undefined;
  allSectionsOpen: boolean;
  onToggleSections: () => void;
  onRegenerate?: ((run: Run) => void) | undefined;
  onUseSettings?: ((run: Run) => void) | undefined;
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

/** Title, what was asked, and the actions on one result. */
export function ResultHeader(props: ResultHeaderProps) {
  const { run, headingId, busy, collapsed, onToggleCollapsed, onRegenerate, onUseSettings } = props;
  const streaming = run.status === 'streaming';
  const count = run.questions.length;
  return (
    <header className="result-header">
      <div>
        <h2 id={headingId} className="result-title" tabIndex={-1}>
          {run.title}
        </h2>
        <p className="muted small">
          {describeRequest(run)} · <time dateTime={run.createdAt}>{new Date(run.createdAt).toLocaleString()}</time>
          {run.origin === 'history' ? ' · from history' : ''}
          {collapsed ? ` · ${count} question${count === 1 ? '' : 's'}` : ''}
        </p>
      </div>
      <div className="result-actions">
        {onToggleCollapsed ? (
          <button type="button" className="button button-small" aria-expanded={!collapsed} onClick={onToggleCollapsed}>
            {collapsed ? 'Show' : 'Collapse result'}
          </button>
        ) : null}
        {!collapsed && count > 0 ? (
          <>
            <button type="button" className="button button-small" onClick={props.onToggleSections}>
              {props.allSectionsOpen ? 'Collapse all' : 'Expand all'}
            </button>
            <CopyButton label="Copy all" text={() => formatQuestionSet(run.title, run.questions, run.result)} />
          </>
        ) : null}
        {onUseSettings ? (
          <button type="button" className="button button-small" onClick={() => onUseSettings(run)}>
            Use these settings
          </button>
        ) : null}
        {onRegenerate && !streaming ? (
          <button type="button" className="button button-small" onClick={() => onRegenerate(run)} disabled={busy}>
            Regenerate
          </button>
        ) : null}
      </div>
    </header>
  );
}
