import type { Delivery } from '../../../core/schemas/practice.js';
import { formatDuration } from '../../../core/export/practice-labels.js';

function fillerText(delivery: Delivery): string {
  if (delivery.fillerCount === 0) return 'none';
  const each = delivery.fillers.map((filler) => `“${filler.filler}” ×${filler.count}`).join(', ');
  return `${delivery.fillerCount} (${each})`;
}

/** How the answer was delivered, measured in code: never accent or grammar. */
export function DeliverySummary({ delivery }: { delivery: Delivery }) {
  return (
    <div className="delivery">
      <h5>Delivery</h5>
      <dl className="facts" data-testid="delivery">
        <div>
          <dt>Duration</dt>
          <dd>{delivery.durationSeconds === null ? 'not timed' : formatDuration(delivery.durationSeconds)}</dd>
        </div>
        <div>
          <dt>Words</dt>
          <dd>
            {delivery.words}
            {delivery.wordsPerMinute !== null ? ` · ${Math.round(delivery.wordsPerMinute)} per minute` : ''}
          </dd>
        </div>
        <div>
          <dt>Filler words</dt>
          <dd>{fillerText(delivery)}</dd>
        </div>
        {delivery.spoken ? (
          <div>
            <dt>Longest pause</dt>
            <dd>{delivery.longestPauseSeconds === null ? '—' : formatDuration(delivery.longestPauseSeconds)}</dd>
          </div>
        ) : null}
      </dl>
    </div>
  );
}
