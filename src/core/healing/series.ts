import type { Measure, Scores } from './checkin.js';
import { addDays, dateRange, daysBetween } from './dates.js';

/*
 * The healing timeline: one row per day, with that day's check-in (if any) and the 7-day
 * average that the trend line follows. The average exists only on days with a check-in, and
 * is the mean of the check-ins in the seven days ending there — so nothing is invented for a
 * day nobody checked in. A line joins two averages only when they are within a week of each
 * other; across a longer gap it breaks, and the days in it read "no check-in".
 */

/** Days in a trend window: a check-in counts toward the averages of the six days after it too. */
export const TREND_WINDOW = 7;
/** Days the timeline shows. */
export const TIMELINE_DAYS = 30;

/** One dated check-in's scores, as the timeline reads them. */
export interface DatedScores extends Scores {
  date: string;
}

/** One day of the timeline. */
export interface TimelineDay {
  date: string;
  /** That day's check-in, or null: "no check-in". */
  checkin: Scores | null;
  /** The mean of the check-ins in the 7 days ending here; null on days without a check-in. */
  average: Scores | null;
}

/** The latest check-in of each date; among several for one date, the later in the list wins. */
export function byDate(checkins: readonly DatedScores[]): Map<string, Scores> {
  const out = new Map<string, Scores>();
  for (const c of checkins) out.set(c.date, { trust: c.trust, safety: c.safety, hope: c.hope, mood: c.mood });
  return out;
}

/** The `days` days ending on `to` (the person's today), each with its check-in and 7-day average. */
export function timeline(checkins: readonly DatedScores[], to: string, days = TIMELINE_DAYS): TimelineDay[] {
  const dated = byDate(checkins);
  return dateRange(addDays(to, -(days - 1)), to).map((date) => {
    const checkin = dated.get(date) ?? null;
    return { date, checkin, average: checkin ? windowMean(dated, date) : null };
  });
}

/** Mean scores of the check-ins in the window of days ending on `date`, or null when there are none. */
export function windowMean(dated: ReadonlyMap<string, Scores>, date: string, window = TREND_WINDOW): Scores | null {
  const inWindow = dateRange(addDays(date, -(window - 1)), date).flatMap((d) => {
    const s = dated.get(d);
    return s ? [s] : [];
  });
  if (inWindow.length === 0) return null;
  const mean = (m: Measure) => inWindow.reduce((sum, s) => sum + s[m], 0) / inWindow.length;
  return { trust: mean('trust'), safety: mean('safety'), hope: mean('hope'), mood: mean('mood') };
}

/** A point of a line: a date and a value. */
export interface DatedValue {
  date: string;
  value: number;
}

/**
 * The runs of one measure's line: points no more than a trend window apart stay joined; a
 * longer gap starts a new run, so the line never crosses a week with no check-in.
 */
export function lineRuns(points: readonly DatedValue[], window = TREND_WINDOW): DatedValue[][] {
  const runs: DatedValue[][] = [];
  let run: DatedValue[] = [];
  for (const p of [...points].sort((a, b) => a.date.localeCompare(b.date))) {
    const last = run.at(-1);
    if (last && daysBetween(last.date, p.date) > window) {
      runs.push(run);
      run = [];
    }
    run.push(p);
  }
  if (run.length) runs.push(run);
  return runs;
}

/** One measure's 7-day averages from a timeline, as points. */
export function averagePoints(days: readonly TimelineDay[], measure: Measure): DatedValue[] {
  return days.flatMap((d) => (d.average ? [{ date: d.date, value: d.average[measure] }] : []));
}

/** Runs of at least `minDays` days in a row with no check-in, as [first, last] dates. */
export function quietSpans(days: readonly TimelineDay[], minDays = 3): [string, string][] {
  const spans: [string, string][] = [];
  let start: string | null = null;
  let prev: string | null = null;
  const close = () => {
    if (start && prev && daysBetween(start, prev) + 1 >= minDays) spans.push([start, prev]);
    start = null;
  };
  for (const d of days) {
    if (d.checkin) close();
    else start ??= d.date;
    prev = d.date;
  }
  close();
  return spans;
}

/** True when any day of the timeline has a check-in. */
export function hasCheckins(days: readonly TimelineDay[]): boolean {
  return days.some((d) => d.checkin !== null);
}
