import type { GenerationResult } from '../../../core/schemas/generation-result.js';

function List({ items }: { items: readonly string[] }) {
  return (
    <ul className="text-list">
      {items.map((item, index) => (
        <li key={index}>{item}</li>
      ))}
    </ul>
  );
}

/** The chain-of-thought analysis and the structured-output overview, shown before the questions. */
export function ResultPreamble({ result }: { result: GenerationResult }) {
  const { analysis, overview } = result;
  if (!analysis && !overview) return null;
  return (
    <div className="insights">
      {analysis ? (
        <section className="panel">
          <h3>How the model read the job</h3>
          <h4>Key requirements</h4>
          <List items={analysis.keyRequirements} />
          <h4>Level expectations</h4>
          <p className="prose">{analysis.levelExpectations}</p>
          <h4>Skills to probe</h4>
          <List items={analysis.skillsToProbe} />
        </section>
      ) : null}
      {overview ? (
        <section className="panel">
          <h3>Overview of the set</h3>
          <p>
            {overview.difficultyMix.easy} easy · {overview.difficultyMix.medium} medium · {overview.difficultyMix.hard}{' '}
            hard · about {overview.totalMinutes} minutes in total
          </p>
          {overview.focusAreas.length > 0 ? (
            <>
              <h4>Focus areas</h4>
              <List items={overview.focusAreas} />
            </>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}

/** Recommendations and strategy for this job, after the questions. */
export function ResultAdvice({ result }: { result: GenerationResult }) {
  return (
    <div className="insights">
      {result.recommendations.length > 0 ? (
        <section className="panel">
          <h3>How to prepare</h3>
          <List items={result.recommendations} />
        </section>
      ) : null}
      {result.strategy ? (
        <section className="panel">
          <h3>Strategy for this interview</h3>
          <p className="prose">{result.strategy}</p>
        </section>
      ) : null}
    </div>
  );
}
