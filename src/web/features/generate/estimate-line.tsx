import type { Estimate } from '../../lib/api-client.js';
import { formatCount, formatUsd } from '../../lib/format-count.js';

/** "≈ 1,234 tokens in, ≈ 2,000 out, ≈ $0.0042" before anything is sent. */
export function EstimateLine({ estimate }: { estimate: Estimate | null }) {
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
