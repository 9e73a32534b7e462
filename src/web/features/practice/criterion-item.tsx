import { CRITERION_NAMES } from '../../../core/practice/rubrics.js';
import type { CriterionFeedback } from '../../../core/schemas/practice.js';
import type { Usage } from '../../../core/schemas/usage.js';
import { ErrorBanner } from '../../components/error-banner.js';
import { formatScore } from './practice-labels.js';
import { useExplanation } from './use-explanation.js';

type CriterionItemProps = {
  criterion: CriterionFeedback;
  /** Set once the attempt is saved and finished: "Why this score?" needs it. */
  attemptId: string | null;
  onUsage: (key: string, usage: Usage) => void;
};

function ScoreBadge({ score }: { score: CriterionFeedback['score'] }) {
  return (
    <span className={`score-badge score-${score ?? 'none'}`} data-testid="criterion-score">
      {formatScore(score)}
    </span>
  );
}

function WhyThisScore({
  attemptId,
  criterion,
  onUsage,
}: { attemptId: string } & Omit<CriterionItemProps, 'attemptId'>) {
  const { explanation, explain } = useExplanation(attemptId, criterion.criterion, onUsage);
  return (
    <div className="why-score">
      <button
        type="button"
        className="button button-small button-quiet"
        onClick={() => void explain()}
        disabled={explanation?.streaming}
        aria-expanded={explanation !== null}
      >
        Why this score?
      </button>
      {explanation ? (
        <div className="why-score-text" aria-busy={explanation.streaming} data-testid="explanation">
          <p className="prose">{explanation.text || (explanation.streaming ? 'Explaining…' : '')}</p>
          {explanation.error ? <ErrorBanner error={explanation.error} /> : null}
        </div>
      ) : null}
    </div>
  );
}

/** One scored criterion: its name, the anchored score, the quoted words that justify it, and why. */
export function CriterionItem({ criterion, attemptId, onUsage }: CriterionItemProps) {
  return (
    <li className="criterion" data-criterion={criterion.criterion}>
      <div className="criterion-header">
        <h5 className="criterion-name">{CRITERION_NAMES[criterion.criterion] ?? criterion.criterion}</h5>
        <ScoreBadge score={criterion.score} />
      </div>
      {criterion.evidence.length > 0 ? (
        <ul className="evidence" aria-label="From your answer">
          {criterion.evidence.map((quote, index) => (
            <li key={index}>
              <q>{quote}</q>
            </li>
          ))}
        </ul>
      ) : null}
      <p className="prose criterion-reasoning">{criterion.reasoning}</p>
      {attemptId ? <WhyThisScore attemptId={attemptId} criterion={criterion} onUsage={onUsage} /> : null}
    </li>
  );
}
