import { formatUsd } from '../lib/format-count.js';
import type { SessionCost } from './use-session-cost.js';

type CostSummaryProps = { session: SessionCost; allTimeUsd: number | null; allTimeUnknown: number };

function unknownNote(count: number): string {
  return count > 0 ? ` + ${count} of unknown price` : '';
}

/** The running cost of this browser session and of everything in history. */
export function CostSummary({ session, allTimeUsd, allTimeUnknown }: CostSummaryProps) {
  return (
    <aside aria-label="Spending">
      <dl className="cost-summary">
      <div>
        <dt>This session</dt>
        <dd data-testid="session-cost">
          {formatUsd(session.usd)}
          <span className="muted small">
            {' '}
            ({session.generations} generation{session.generations === 1 ? '' : 's'}
            {unknownNote(session.unknownPriced)})
          </span>
        </dd>
      </div>
      <div>
        <dt>History, all time</dt>
        <dd data-testid="all-time-cost">
          {allTimeUsd === null ? '…' : formatUsd(allTimeUsd)}
          {allTimeUnknown > 0 ? <span className="muted small">{unknownNote(allTimeUnknown)}</span> : null}
        </dd>
      </div>
      </dl>
    </aside>
  );
}
