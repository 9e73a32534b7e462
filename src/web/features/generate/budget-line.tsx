import type { BudgetStatus } from '../../../core/schemas/public-config.js';
import { describeBudget } from './describe-budget.js';

/** "Budget left today: $0.42 of $1.00", next to the estimate; nothing when no budget is set. */
export function BudgetLine({
  budgets,
  estimatedCostUsd,
}: {
  budgets: BudgetStatus | null;
  estimatedCostUsd: number | null;
}) {
  if (!budgets) return null;
  const { text, warning } = describeBudget(budgets, estimatedCostUsd);
  return (
    <p className="estimate muted small" data-testid="budget">
      {text}
      {warning ? (
        <>
          {' '}
          <span className="budget-over">{warning}</span>
        </>
      ) : null}
    </p>
  );
}
