import type { TrendPoint } from '../../../core/practice/readiness.js';

const WIDTH = 320;
const HEIGHT = 120;
const PADDING = 16;
const MAX_SCORE = 4;

function x(index: number, count: number): number {
  return count <= 1 ? WIDTH / 2 : PADDING + (index / (count - 1)) * (WIDTH - 2 * PADDING);
}

function y(score: number): number {
  return HEIGHT - PADDING - ((score - 1) / (MAX_SCORE - 1)) * (HEIGHT - 2 * PADDING);
}

/** The average score of each attempt in order, as a small line chart with a table equivalent. */
export function TrendChart({ id, trend }: { id: string; trend: TrendPoint[] }) {
  const points = trend.flatMap((point, index) =>
    point.average === null ? [] : [{ x: x(index, trend.length), y: y(point.average), point }],
  );
  return (
    <figure className="chart" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`} className="chart-caption">
        Average score per attempt, oldest first
      </figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="trend-svg" aria-hidden="true" focusable="false">
        {[1, 2, 3, 4].map((score) => (
          <g key={score}>
            <line className="trend-grid" x1={PADDING} x2={WIDTH - PADDING} y1={y(score)} y2={y(score)} />
            <text className="trend-axis" x={2} y={y(score) + 4}>
              {score}
            </text>
          </g>
        ))}
        {points.length > 1 ? (
          <polyline className="trend-line" points={points.map((point) => `${point.x},${point.y}`).join(' ')} />
        ) : null}
        {points.map((point) => (
          <circle key={point.point.attempt} className="trend-point" cx={point.x} cy={point.y} r="4" />
        ))}
      </svg>
      <div className="visually-hidden">
        <table>
          <caption>Average score per attempt</caption>
          <thead>
            <tr>
              <th scope="col">Attempt</th>
              <th scope="col">Date</th>
              <th scope="col">Average score</th>
            </tr>
          </thead>
          <tbody>
            {trend.map((point) => (
              <tr key={point.attempt}>
                <th scope="row">{point.attempt}</th>
                <td>{new Date(point.createdAt).toLocaleString()}</td>
                <td>{point.average === null ? 'no evidence' : point.average.toFixed(1)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
