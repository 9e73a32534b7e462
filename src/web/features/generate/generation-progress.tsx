import { useLayoutEffect } from 'react';
import type { Run } from '../../components/result-view/run.js';
import { RetryCountdown } from './retry-countdown.js';

type GenerationProgressProps = { run: Run | null; starting: boolean; cancelling: boolean; onCancel: () => void };

function progressText(run: Run | null, starting: boolean, cancelling: boolean): string {
  if (cancelling) return 'Cancelling: saving what arrived…';
  if (starting) return 'Sending the request…';
  if (!run) return '';
  const received = run.questions.length;
  if (received === 0) return `Waiting for the first question (0 of ${run.expectedCount})…`;
  return `Question ${Math.min(received, run.expectedCount)} of ${run.expectedCount} received`;
}

/**
 * "Question n of N" with a progress bar and the Cancel button, while a generation runs; the
 * server's wait before a retry, with a countdown. Esc cancels.
 */
export function GenerationProgress({ run, starting, cancelling, onCancel }: GenerationProgressProps) {
  const busy = starting || run !== null;
  const received = run?.questions.length ?? 0;
  const expected = run?.expectedCount ?? 0;
  // A layout effect: the shortcut works from the moment the Cancel button shows.
  useLayoutEffect(() => {
    if (!busy) return;
    const cancelOnEscape = (event: KeyboardEvent) => {
      // Not while an input method composes text (Esc ends the composition there).
      if (event.key === 'Escape' && !event.defaultPrevented && !event.isComposing) onCancel();
    };
    document.addEventListener('keydown', cancelOnEscape);
    return () => document.removeEventListener('keydown', cancelOnEscape);
  }, [busy, onCancel]);
  return (
    <div className="progress-row" hidden={!busy}>
      <div className="progress-text">
        <p role="status" aria-live="polite" data-testid="progress">
          {run?.retry && !cancelling ? <RetryCountdown retry={run.retry} /> : progressText(run, starting, cancelling)}
        </p>
        <progress max={Math.max(expected, 1)} value={received} aria-hidden="true" />
      </div>
      {busy ? (
        <button
          type="button"
          className="button button-danger"
          onClick={onCancel}
          title="Cancel (Esc)"
          aria-keyshortcuts="Escape"
          aria-disabled={cancelling || undefined}
        >
          {cancelling ? 'Cancelling…' : 'Cancel'}
        </button>
      ) : null}
    </div>
  );
}
