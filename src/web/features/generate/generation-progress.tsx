import type { Run } from '../../components/result-view/run.js';

type GenerationProgressProps = { run: Run | null; starting: boolean; onCancel: () => void };

/** "Question n of N" with a progress bar and the Cancel button, while a generation runs. */
export function GenerationProgress({ run, starting, onCancel }: GenerationProgressProps) {
  const busy = starting || run !== null;
  const received = run?.questions.length ?? 0;
  const expected = run?.expectedCount ?? 0;
  let text = '';
  if (starting) text = 'Sending the request…';
  else if (run && received === 0) text = `Waiting for the first question (0 of ${expected})…`;
  else if (run) text = `Question ${Math.min(received, expected)} of ${expected} received`;
  return (
    <div className="progress-row" hidden={!busy}>
      <div className="progress-text">
        <p role="status" aria-live="polite" data-testid="progress">
          {text}
        </p>
        <progress max={Math.max(expected, 1)} value={received} aria-hidden="true" />
      </div>
      {busy ? (
        <button type="button" className="button button-danger" onClick={onCancel}>
          Cancel
        </button>
      ) : null}
    </div>
  );
}
