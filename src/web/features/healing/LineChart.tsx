import { useId, type ReactNode } from 'react';

/*
 * A quiet line chart in SVG: one line per series, broken where the series has a gap, and
 * small dots for the days behind it. The picture is hidden from screen readers; every chart
 * passes the same numbers as a table (like the promises chart), which is what they read.
 */

const W = 300;
const H = 120;
const PAD = 6;

/** A point in chart units: x from 0 to `xMax`, y on the chart's scale. */
export interface ChartPoint {
  x: number;
  y: number;
}

/** One line of a chart. */
export interface ChartSeries {
  id: string;
  label: string;
  /** Class that gives the line its colour and dash (healing.css). */
  className: string;
  /** Joined runs; a new run starts after a gap. */
  runs: ChartPoint[][];
  /** Single values shown as faint dots (each day's own check-in). */
  dots?: ChartPoint[];
}

interface LineChartProps {
  caption: string;
  /** Plain words under the caption: described, never graded. */
  summary?: ReactNode;
  series: readonly ChartSeries[];
  xMax: number;
  yMin: number;
  yMax: number;
  /** Words at the left and right ends of the time axis. */
  axis: [string, string];
  /** Words at the bottom and top of the scale. */
  scale: [string, string];
  /** The same numbers as a table, for screen readers. */
  table: ReactNode;
  testId?: string;
}

/** Lines over time, with the numbers in a hidden table. */
export function LineChart({ caption, summary, series, xMax, yMin, yMax, axis, scale, table, testId }: LineChartProps) {
  const uid = useId();
  const px = (x: number) => (xMax <= 0 ? W / 2 : PAD + (x / xMax) * (W - 2 * PAD));
  const py = (y: number) => PAD + (1 - (y - yMin) / (yMax - yMin)) * (H - 2 * PAD);
  const path = (run: ChartPoint[]) => run.map((p, i) => `${i === 0 ? 'M' : 'L'}${px(p.x).toFixed(1)},${py(p.y).toFixed(1)}`).join(' ');
  return (
    <figure className="chart heal-chart" aria-labelledby={`${uid}-cap`} data-testid={testId}>
      <figcaption id={`${uid}-cap`} className="chart-caption">
        {caption}
      </figcaption>
      {summary}
      <div className="heal-plot">
        <div className="heal-scale" aria-hidden="true">
          <span>{scale[1]}</span>
          <span>{scale[0]}</span>
        </div>
        <svg className="heal-svg" viewBox={`0 0 ${W} ${H}`} preserveAspectRatio="none" aria-hidden="true" focusable="false">
          <line className="heal-grid" x1="0" x2={W} y1={py(yMin)} y2={py(yMin)} />
          <line className="heal-grid heal-grid-soft" x1="0" x2={W} y1={py((yMin + yMax) / 2)} y2={py((yMin + yMax) / 2)} />
          <line className="heal-grid heal-grid-soft" x1="0" x2={W} y1={py(yMax)} y2={py(yMax)} />
          {series.map((s) => (
            <g key={s.id} className={s.className}>
              {(s.dots ?? []).map((d, i) => (
                <path key={`d${i}`} className="heal-dot" d={`M${px(d.x).toFixed(1)},${py(d.y).toFixed(1)} l0,0`} />
              ))}
              {s.runs.map((run, i) =>
                // A lone point (no neighbour within a week) is a dot, not a line to nowhere.
                run.length === 1 ? <path key={`r${i}`} className="heal-point" d={`${path(run)} l0,0`} /> : <path key={`r${i}`} className="heal-line" d={path(run)} />,
              )}
            </g>
          ))}
        </svg>
      </div>
      <div className="chart-axis" aria-hidden="true">
        <span>{axis[0]}</span>
        <span>{axis[1]}</span>
      </div>
      {series.length > 0 ? (
        <ul className="chart-legend" aria-hidden="true">
          {series.map((s) => (
            <li key={s.id} className={s.className}>
              <svg className="heal-swatch" viewBox="0 0 24 8" focusable="false">
                <path className="heal-line" d="M1,4 L23,4" />
              </svg>
              {s.label}
            </li>
          ))}
        </ul>
      ) : null}
      {table}
    </figure>
  );
}
