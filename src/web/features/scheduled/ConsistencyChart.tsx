import { useId } from 'react';
import { totals, type WeekConsistency } from '../../../core/scheduled/index.js';
import { formatDate } from '../../lib/format.js';
import './scheduled.css';

const BAR = 14;
const STEP = 24;
const HEIGHT = 96;

/** A week's Monday, in the one date style. */
function weekLabel(startDate: string): string {
  return formatDate(startDate);
}

/** One plain sentence for a span of weeks: described, never graded. */
export function consistencySentence(weeks: readonly WeekConsistency[]): string {
  const t = totals(weeks);
  if (t.kept + t.missed + t.notMarked === 0) return t.upcoming > 0 ? 'Nothing has come due yet. The first time is still ahead.' : 'Nothing came due in these weeks.';
  const parts = [`${t.kept} kept`];
  if (t.missed) parts.push(`${t.missed} missed`);
  if (t.notMarked) parts.push(`${t.notMarked} not marked`);
  const setback = t.missed + t.notMarked > 0 ? " Times that weren't kept are part of the process." : '';
  return `Over ${weeks.length} weeks: ${parts.join(', ')}.${setback}`;
}

/**
 * Week-by-week bars (kept, missed, not marked, stacked) as a quiet picture; the same numbers
 * are in a table for screen readers, so the picture itself is hidden from them.
 */
export function ConsistencyChart({ weeks, caption }: { weeks: readonly WeekConsistency[]; caption: string }) {
  const uid = useId();
  const max = Math.max(3, ...weeks.map((w) => w.kept + w.missed + w.notMarked));
  const unit = (HEIGHT - 4) / max;
  const width = weeks.length * STEP;
  const first = weeks[0];
  return (
    <figure className="chart" aria-labelledby={`${uid}-cap`}>
      <figcaption id={`${uid}-cap`} className="chart-caption">
        {caption}
      </figcaption>
      <p className="chart-summary">{consistencySentence(weeks)}</p>
      <svg className="chart-svg" viewBox={`0 0 ${width} ${HEIGHT + 2}`} preserveAspectRatio="none" aria-hidden="true" focusable="false">
        <line className="chart-base" x1="0" x2={width} y1={HEIGHT + 1} y2={HEIGHT + 1} />
        {weeks.map((w, i) => {
          const x = i * STEP + (STEP - BAR) / 2;
          let y = HEIGHT;
          const rect = (count: number, cls: string) => {
            if (count === 0) return null;
            const h = count * unit;
            y -= h;
            return <rect key={cls} className={cls} x={x} y={y} width={BAR} height={Math.max(h - 1, 1)} rx="2" />;
          };
          return (
            <g key={w.weekKey}>
              {rect(w.kept, 'chart-kept')}
              {rect(w.missed, 'chart-missed')}
              {rect(w.notMarked, 'chart-unmarked')}
            </g>
          );
        })}
      </svg>
      <div className="chart-axis" aria-hidden="true">
        <span>{first ? `Week of ${weekLabel(first.startDate)}` : ''}</span>
        <span>This week</span>
      </div>
      <ul className="chart-legend" aria-hidden="true">
        <li>
          <span className="chart-swatch chart-kept" /> Kept
        </li>
        <li>
          <span className="chart-swatch chart-missed" /> Missed
        </li>
        <li>
          <span className="chart-swatch chart-unmarked" /> Not marked
        </li>
      </ul>
      <table className="visually-hidden">
        <caption>{caption}, week by week</caption>
        <thead>
          <tr>
            <th scope="col">Week of</th>
            <th scope="col">Kept</th>
            <th scope="col">Missed</th>
            <th scope="col">Not marked</th>
            <th scope="col">Still ahead</th>
          </tr>
        </thead>
        <tbody>
          {weeks.map((w) => (
            <tr key={w.weekKey}>
              <th scope="row">{formatDate(w.startDate)}</th>
              <td>{w.kept}</td>
              <td>{w.missed}</td>
              <td>{w.notMarked}</td>
              <td>{w.upcoming}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
