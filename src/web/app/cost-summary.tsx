import { formatUsd } from '../lib/format-count.js';
import type { SessionCost } from './use-session-cost.js';

/** What the kept history cost: only the sessions still saved (history keeps the newest few). */
export type SavedCost = { usd: number; unknownPriced: number; count: number };

type CostSummaryProps = { session: SessionCost; saved: SavedCost | null };

function unknownNote(count: number): string {
  return count > 0 ? ` + ${count} of unknown price` : '';
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** The running cost of this browser tab (kept across reloads) and of the saved history. */
export function CostSummary({ session, saved }: CostSummaryProps) {
  return (
    <aside aria-label="Spending">
      <dl className="cost-summary">
        <div title="Every generation and practice call started in this browser tab; a reload keeps the total, a new tab starts at zero.">
          <dt>This tab</dt>
          <dd data-testid="session-cost">
            {formatUsd(session.usd)}
            <span className="muted small">
              {' '}
              ({plural(session.generations, 'generation')}
              {session.practiceCalls > 0 ? `, ${plural(session.practiceCalls, 'practice call')}` : ''}
              {unknownNote(session.unknownPriced)})
            </span>
          </dd>
        </div>
        <div title="The sum over the sessions still in History; older ones are removed and no longer counted.">
          <dt>Saved history{saved ? ` (${plural(saved.count, 'session')})` : ''}</dt>
          <dd data-testid="all-time-cost">
            {saved === null ? '…' : formatUsd(saved.usd)}
            {saved && saved.unknownPriced > 0 ? (
              <span className="muted small">{unknownNote(saved.unknownPriced)}</span>
            ) : null}
          </dd>
        </div>
      </dl>
    </aside>
  );
}
