import type { ReasoningEffort } from '../../../core/schemas/generation-request.js';
import type { Usage } from '../../../core/schemas/usage.js';
import { formatCount, formatUsd } from '../../lib/format-count.js';
import { describeSpentSoFar, reasoningCountedAtEnd } from './describe-spent-so-far.js';
import type { SpentSoFar } from './run.js';

type UsagePanelProps = {
  usage: Usage | null;
  spent: SpentSoFar | null;
  streaming: boolean;
  /** The model answering and the effort asked: a reasoning model's live figure says its reasoning is not counted yet. */
  model: string | null;
  reasoningEffort?: ReasoningEffort | undefined;
};

/** Tokens and cost of one generation: counted as they are spent while it streams, then the exact usage. */
export function UsagePanel({ usage, spent, streaming, model, reasoningEffort }: UsagePanelProps) {
  if (!usage) {
    const reasoning = reasoningCountedAtEnd(model, reasoningEffort);
    return (
      <section className="panel usage-panel" aria-label="Cost of this generation">
        <h3>Cost of this generation</h3>
        <p className="muted" data-testid="spent-so-far">
          {streaming ? describeSpentSoFar(spent, reasoning) : 'No tokens were reported, so none are counted.'}
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
