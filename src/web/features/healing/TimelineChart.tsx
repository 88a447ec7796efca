import { useId, useState } from 'react';
import {
  daysBetween,
  describeMovement,
  describeTogether,
  lineRuns,
  MEASURE_WORDS,
  MEASURES,
  quietSpans,
  SCORE_MAX,
  SCORE_MIN,
  weekMovement,
  type DatedValue,
  type Measure,
  type Scores,
  type TimelineDay,
} from '../../../core/healing/index.js';
import { formatDate } from '../../lib/format.js';
import { LineChart, type ChartSeries } from './LineChart.js';

/*
 * The healing timeline as a chart: the 7-day trend of each measure as a line, each day's own
 * check-in as a faint dot, and a toggle per measure. The same component draws a trend the
 * partner shared (averages only, no dots), so the preview before sharing is exactly what
 * the partner will see.
 */

/** What a timeline chart draws: a span of days, the averages per measure, and (one's own only) each day's scores. */
export interface TimelineData {
  from: string;
  to: string;
  averages: Record<Measure, DatedValue[]>;
  /** Each day's own scores, for one's own timeline; absent for a shared summary. */
  days?: readonly TimelineDay[];
}

/** The averages of a timeline, by measure. */
export function averagesByMeasure(points: readonly ({ date: string } & Scores)[]): Record<Measure, DatedValue[]> {
  const out = {} as Record<Measure, DatedValue[]>;
  for (const m of MEASURES) out[m] = points.map((p) => ({ date: p.date, value: p[m] }));
  return out;
}

const round = (v: number) => (Math.round(v * 10) / 10).toString();

interface TimelineChartProps {
  data: TimelineData;
  caption: string;
  /** The partner's name when this is their shared trend (the words then speak of them). */
  name?: string;
  testId?: string;
}

/** The timeline with its measure toggles and the plain words under it. */
export function TimelineChart({ data, caption, name, testId }: TimelineChartProps) {
  const uid = useId();
  const [shown, setShown] = useState<ReadonlySet<Measure>>(() => new Set(MEASURES));
  const xOf = (date: string) => daysBetween(data.from, date);
  const series: ChartSeries[] = MEASURES.filter((m) => shown.has(m)).map((m) => ({
    id: m,
    label: MEASURE_WORDS[m].label,
    className: `heal-${m}`,
    runs: lineRuns(data.averages[m]).map((run) => run.map((p) => ({ x: xOf(p.date), y: p.value }))),
    dots: data.days?.flatMap((d) => (d.checkin ? [{ x: xOf(d.date), y: d.checkin[m] }] : [])) ?? [],
  }));
  // Quiet spans before the first check-in ever aren't gaps: the timeline simply hadn't begun.
  const first = data.days?.find((d) => d.checkin)?.date;
  const quiet = data.days && first ? quietSpans(data.days).filter(([a]) => a > first) : [];
  const shownMeasures = MEASURES.filter((m) => shown.has(m));
  const movements = shownMeasures.map((m) => ({ m, movement: weekMovement(data.averages[m], data.to).movement }));
  const together = movements[0]?.movement;
  const same = (together === 'early' || together === 'quiet') && movements.every((x) => x.movement === together) ? together : null;
  const toggle = (m: Measure) =>
    setShown((s) => {
      const next = new Set(s);
      if (next.has(m)) next.delete(m);
      else next.add(m);
      return next;
    });

  const summary = (
    <div className="heal-summary">
      {same ? (
        <p>{describeTogether(same, name)}</p>
      ) : (
        <ul className="plain-list heal-words">
          {movements.map(({ m, movement }) => (
            <li key={m}>{describeMovement(m, movement, name)}</li>
          ))}
        </ul>
      )}
      {shown.size === 0 ? <p className="muted">Choose a measure below to see its line.</p> : null}
      {quiet.length > 0 ? (
        <p className="muted small">
          {quiet.map(([a, b]) => `No check-in ${a === b ? `on ${formatDate(a)}` : `from ${formatDate(a)} to ${formatDate(b)}`}`).join('; ')} — the line rests there, and
          that's fine.
        </p>
      ) : null}
    </div>
  );

  const table = (
    <div className="visually-hidden">
      <table>
      <caption>{caption}, day by day</caption>
      <thead>
        <tr>
          <th scope="col">Day</th>
          {MEASURES.map((m) =>
            data.days ? (
              <th key={m} scope="col">
                {MEASURE_WORDS[m].label}: check-in, 7-day average
              </th>
            ) : (
              <th key={m} scope="col">
                {MEASURE_WORDS[m].label}, 7-day average
              </th>
            ),
          )}
        </tr>
      </thead>
      <tbody>
        {data.days
          ? data.days.map((d) => (
              <tr key={d.date}>
                <th scope="row">{formatDate(d.date)}</th>
                {MEASURES.map((m) => (
                  <td key={m}>{d.checkin && d.average ? `${d.checkin[m]}, ${round(d.average[m])}` : 'No check-in'}</td>
                ))}
              </tr>
            ))
          : (data.averages.trust.length === 0 ? [] : data.averages.trust).map((p, i) => (
              <tr key={p.date}>
                <th scope="row">{formatDate(p.date)}</th>
                {MEASURES.map((m) => (
                  <td key={m}>{round(data.averages[m][i]?.value ?? 0)}</td>
                ))}
              </tr>
            ))}
      </tbody>
    </table>
      </div>
  );

  return (
    <div className="stack">
      <LineChart
        caption={caption}
        summary={summary}
        series={series}
        xMax={daysBetween(data.from, data.to)}
        yMin={SCORE_MIN}
        yMax={SCORE_MAX}
        axis={[formatDate(data.from), data.days ? 'Today' : formatDate(data.to)]}
        scale={[String(SCORE_MIN), String(SCORE_MAX)]}
        table={table}
        testId={testId}
      />
      <fieldset className="choices heal-toggles">
        <legend className="small">Lines to show</legend>
        <div className="choice-list">
          {MEASURES.map((m) => (
            <label key={m} className={`choice heal-toggle heal-${m}`}>
              <input type="checkbox" name={`${uid}-show`} checked={shown.has(m)} onChange={() => toggle(m)} />
              <span>{MEASURE_WORDS[m].label}</span>
            </label>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
