import type { Usage } from '../../../core/schemas/usage.js';
import type { SpentSoFar } from './run.js';
import { formatCount, formatUsd } from '../../lib/format-count.js';

type UsagePanelProps = { usage: Usage | null; spent: SpentSoFar | null; streaming: boolean };

/** What has been spent while the reply streams, before the AI service reports the exact usage. */
function spentSoFarText(spent: SpentSoFar | null): string {
  if (!spent) return 'Counting as the reply arrives…';
  const tokens = formatCount(spent.inputTokens + spent.outputTokens);
  const cost = spent.costUsd === null ? 'price unknown' : `≈ ${formatUsd(spent.costUsd)}`;
  return `So far ≈ ${tokens} tokens (${formatCount(spent.inputTokens)} in, ${formatCount(spent.outputTokens)} out), ${cost}. Exact figures when the generation ends.`;
}

/** Tokens and cost of one generation. */
export function UsagePanel({ usage, spent, streaming }: UsagePanelProps) {
  if (!usage) {
    return (
      <section className="panel usage-panel" aria-label="Cost of this generation">
        <h3>Cost of this generation</h3>
        <p className="muted" data-testid="spent-so-far">
          {streaming ? spentSoFarText(spent) : 'No tokens were reported, so none are counted.'}
        </p>
      </section>
    );
  }
  const rows: [string, string][] = [
    ['Input tokens', formatCount(usage.inputTokens)],
    ['Cached input tokens', formatCount(usage.cachedTokens)],
    ['Output tokens', formatCount(usage.outputTokens)],
    ['Reasoning tokens', formatCount(usage.reasoningTokens)],
  ];
  const approximately = usage.estimated ? '≈ ' : '';
  return (
    <section className="panel usage-panel" aria-label="Cost of this generation">
      <h3>Cost of this generation</h3>
      <dl className="facts">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
        <div className="facts-total">
          <dt>Cost (USD)</dt>
          <dd data-testid="generation-cost">
            {usage.costUsd === null ? formatUsd(null) : `${approximately}${formatUsd(usage.costUsd)}`}
          </dd>
        </div>
      </dl>
      <p className="muted small">
        Model {usage.model}. Reasoning tokens are part of the output tokens.
        {usage.costUsd === null ? ' This model has no known price, so the cost is unknown.' : ''}
        {usage.estimated
          ? ' The AI service did not report this stopped generation, so the tokens sent and received were counted here (reasoning tokens, if any, are not included).'
          : ''}
      </p>
    </section>
  );
}
