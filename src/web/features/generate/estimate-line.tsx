import type { Estimate } from '../../../core/schemas/api.js';
import { formatCount, formatUsd } from '../../lib/format-count.js';

/** "≈ 1,234 tokens in, ≈ 2,000 out, ≈ $0.0042" before anything is sent. */
export function EstimateLine({ estimate, available }: { estimate: Estimate | null; available: boolean }) {
  if (!available) return <p className="estimate muted small">The cost estimate appears once the form is valid.</p>;
  if (!estimate) return <p className="estimate muted small">Estimating cost…</p>;
  const cost =
    estimate.estimatedCostUsd === null ? 'price unknown for this model' : `≈ ${formatUsd(estimate.estimatedCostUsd)}`;
  return (
    <p className="estimate muted small" data-testid="estimate">
      Estimate: ≈ {formatCount(estimate.inputTokens)} tokens in, ≈ {formatCount(estimate.expectedOutputTokens)} out,{' '}
      {cost}
    </p>
  );
}
