import type { CriterionChange } from '../../../core/practice/compare-attempts.js';
import { CRITERION_NAMES } from '../../../core/practice/rubrics.js';
import { formatScore } from './practice-labels.js';

function describeChange(change: number | null): string {
  if (change === null) return 'not comparable';
  if (change === 0) return 'no change';
  return change > 0 ? `+${change}` : `${change}`;
}

/** Per criterion, how this answer scored against the latest earlier attempt on the question. */
export function CriterionChanges({ changes }: { changes: CriterionChange[] }) {
  if (changes.length === 0) return null;
  return (
    <div className="criterion-changes" data-testid="criterion-changes">
      <h5>Change since your last attempt on this question</h5>
      <ul className="text-list">
        {changes.map((change) => (
          <li key={change.criterion} data-change={change.change ?? 'none'}>
            <strong>{CRITERION_NAMES[change.criterion] ?? change.criterion}:</strong> {formatScore(change.before)} →{' '}
            {formatScore(change.after)} <span className="change-value">({describeChange(change.change)})</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
