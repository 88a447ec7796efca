import { describeTrend, deadBandFor, hopefulDirection, scoreRange, trend, type Instrument, type ScoreResult } from '../../../core/questionnaires/index.js';
import { formatDate } from '../../lib/format.js';
import { LineChart, type ChartSeries } from './LineChart.js';
import { linesOf, rangeText, scoreText } from './results.js';
import { usePracticeContext } from '../../lib/practice-context.js';

/*
 * The pieces of a questionnaire result that both the person and (for a shared summary) the
 * partner see: the scores with what each one is about, the instrument's own words on what
 * the scores are and aren't, and the line of sittings over months.
 */

const CLASSES = ['heal-trust', 'heal-hope', 'heal-safety', 'heal-mood'] as const;

/** The local date of a sitting, on the reader's clock. */
export function takenDate(takenOn: string, timeZone: string): string {
  return formatDate(takenOn, timeZone);
}

/** Every score of a sitting, with its possible range and what it is about. */
export function ScoresTable({ instrument, scores, caption, who = 'Yours' }: { instrument: Instrument; scores: ScoreResult; caption: string; who?: string }) {
  const rows = [
    ...(instrument.scoring.total ? [{ id: 'total', title: instrument.scoring.total.title ?? 'Overall', description: undefined, value: scores.total, sub: undefined }] : []),
    ...instrument.subscales.map((s) => ({ id: s.id, title: s.title, description: s.description, value: scores.subscales[s.id] ?? null, sub: s.id })),
  ];
  return (
    <table className="heal-scores">
      <caption className="chart-caption">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Score</th>
          <th scope="col">{who}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id}>
            <th scope="row">
              {r.title}
              {r.description ? <span className="muted small heal-score-about">{r.description}</span> : null}
            </th>
            <td>
              <span className="heal-score">{scoreText(r.value)}</span>
              <span className="muted small heal-score-about">{rangeText(instrument, r.sub)}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** What this questionnaire is and isn't, in the instrument's own words and Mend's. */
export function InstrumentNote({ instrument }: { instrument: Instrument }) {
  return (
    <div className="stack heal-note">
      <h3>What these scores are — and aren't</h3>
      {instrument.source.note ? <p>{instrument.source.note}</p> : null}
      <p>
        There are no good or bad scores and no pass mark. Answered the same way over the months, they help you notice your own change. They aren't for
        comparing partners, or for diagnosis.
      </p>
      {instrument.source.kind === 'licensed' ? <p className="muted small">Source: {instrument.source.citation}</p> : null}
    </div>
  );
}

/** The sittings of one instrument over months: a line per score, with kind words under each. */
export function ResultsChart({ instrument, sittings, caption }: { instrument: Instrument; sittings: readonly { content: { takenOn: string; scores: ScoreResult } }[]; caption: string }) {
  const { timeZone } = usePracticeContext();
  const lines = linesOf(instrument, sittings);
  const xOfDate = (d: Date) => sittings.findIndex((s) => new Date(s.content.takenOn).getTime() === d.getTime());
  const series: ChartSeries[] = lines.map((l, i) => ({
    id: l.id ?? 'total',
    label: l.title,
    className: CLASSES[i % CLASSES.length] ?? 'heal-trust',
    runs: [l.points.map((p) => ({ x: xOfDate(p.takenAt), y: p.value }))].filter((r) => r.length > 0),
  }));
  const { min, max } = scoreRange(instrument);
  const first = sittings[0];
  const last = sittings.at(-1);
  const summary = (
    <ul className="plain-list heal-words">
      {lines.map((l) => (
        <li key={l.id ?? 'total'}>
          <strong>{l.title}:</strong>{' '}
          {describeTrend(trend(l.points, { deadBand: deadBandFor(instrument, l.id ?? undefined) }), { hopefulDirection: hopefulDirection(instrument, l.id ?? undefined) })}
        </li>
      ))}
    </ul>
  );
  const table = (
    <div className="visually-hidden">
      <table>
      <caption>{caption}, sitting by sitting</caption>
      <thead>
        <tr>
          <th scope="col">Taken on</th>
          {lines.map((l) => (
            <th key={l.id ?? 'total'} scope="col">
              {l.title}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {sittings.map((s) => (
          <tr key={s.content.takenOn}>
            <th scope="row">{takenDate(s.content.takenOn, timeZone)}</th>
            {lines.map((l) => (
              <td key={l.id ?? 'total'}>{scoreText(l.id === null ? s.content.scores.total : s.content.scores.subscales[l.id])}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
      </div>
  );
  return (
    <LineChart
      caption={caption}
      summary={summary}
      series={series}
      xMax={Math.max(0, sittings.length - 1)}
      yMin={min}
      yMax={max}
      axis={[first ? takenDate(first.content.takenOn, timeZone) : '', last && last !== first ? takenDate(last.content.takenOn, timeZone) : '']}
      scale={[String(min), String(max)]}
      table={table}
      testId="results-chart"
    />
  );
}
