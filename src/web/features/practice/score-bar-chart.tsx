import type { CriterionAverage } from '../../../core/practice/readiness.js';

const WIDTH = 320;
const MAX_SCORE = 4;

function formatAverage(average: number | null): string {
  return average === null ? 'no evidence yet' : average.toFixed(1);
}

/**
 * The average score per criterion as horizontal bars (inline SVG, no library). The names sit in
 * HTML above each bar so they wrap on a phone; the numbers are also in a table for screen readers.
 */
export function ScoreBarChart({
  id,
  averages,
  weakest,
}: {
  id: string;
  averages: CriterionAverage[];
  weakest: string | null;
}) {
  return (
    <figure className="chart" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className="chart-caption">
        Average score per criterion (1 missing – 4 strong)
      </figcaption>
      <ul className="bar-chart" aria-hidden="true">
        {averages.map((entry) => (
          <li key={entry.criterion} className={entry.criterion === weakest ? 'bar-weakest' : undefined}>
            <span className="bar-label">
              {entry.name} <span className="muted">{formatAverage(entry.average)}</span>
            </span>
            <svg viewBox={`0 0 ${WIDTH} 12`} preserveAspectRatio="none" className="bar-svg" focusable="false">
              <rect className="bar-track" x="0" y="0" width={WIDTH} height="12" rx="3" />
              {entry.average !== null ? (
                <rect className="bar-fill" x="0" y="0" width={(entry.average / MAX_SCORE) * WIDTH} height="12" rx="3" />
              ) : null}
            </svg>
          </li>
        ))}
      </ul>
      <div className="visually-hidden">
        <table>
          <caption>Average score per criterion</caption>
          <thead>
            <tr>
              <th scope="col">Criterion</th>
              <th scope="col">Average score</th>
              <th scope="col">Attempts scored</th>
            </tr>
          </thead>
          <tbody>
            {averages.map((entry) => (
              <tr key={entry.criterion}>
                <th scope="row">{entry.name}</th>
                <td>{formatAverage(entry.average)}</td>
                <td>{entry.attempts}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
