import type { SessionListEntry } from '../../../core/schemas/api.js';
import { formatUsd } from '../../lib/format-count.js';
import { EXPERIENCE_LEVEL_LABELS, INTERVIEW_TYPE_LABELS, TECHNIQUE_LABELS } from '../../lib/labels.js';
import { ConfirmButton } from './confirm-button.js';

type HistoryItemProps = {
  session: SessionListEntry;
  onOpen: (id: string) => void;
  /** The pointer or the focus is on the title (what opens it can start loading). */
  onOpenIntent?: (() => void) | undefined;
  onDelete: (id: string) => void;
};

/** One saved session in the list. */
export function HistoryItem({ session, onOpen, onOpenIntent, onDelete }: HistoryItemProps) {
  const created = new Date(session.createdAt);
  return (
    <li className="history-item">
      <div className="history-main">
        <button
          type="button"
          className="link-button history-title"
          onClick={() => onOpen(session.id)}
          onPointerEnter={onOpenIntent}
          onFocus={onOpenIntent}
        >
          {session.title || 'Untitled'}
        </button>
        {/* A running generation saves its progress as partial: it is not interrupted. */}
        {session.running ? (
          <span className="chip chip-stage">generating…</span>
        ) : session.status === 'partial' ? (
          <span className="chip chip-hard">partial</span>
        ) : null}
        <p className="muted small">
          <time dateTime={session.createdAt}>{created.toLocaleString()}</time> ·{' '}
          {INTERVIEW_TYPE_LABELS[session.interviewType]} · {EXPERIENCE_LEVEL_LABELS[session.experienceLevel]} ·{' '}
          {TECHNIQUE_LABELS[session.technique]} · {session.model} · {session.questionCount} question
          {session.questionCount === 1 ? '' : 's'} · {formatUsd(session.costUsd)}
        </p>
      </div>
      <ConfirmButton
        label="Delete"
        confirmLabel="Delete for good"
        accessibleLabel={`Delete “${session.title}”`}
        onConfirm={() => onDelete(session.id)}
      />
    </li>
  );
}
