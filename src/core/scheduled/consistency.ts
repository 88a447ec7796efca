import { lastNWeeks, occurrencesOnDates, weekBounds, weekKeyOfDate, type Occurrence, type Schedule } from '../schedules/index.js';
import { addDays, type LocalDate } from '../../shared/schedules/local-time.js';
import { localToday } from './plan.js';

/*
 * Consistency is described, never graded: per ISO week, how many occurrences were marked kept,
 * marked missed, or not marked. An occurrence nobody marked is "not marked", never "missed":
 * only the person who promised says it was missed. Occurrences still ahead are "upcoming"
 * and count for nothing yet.
 */

/** How an occurrence was marked by the person who promised. */
export type MarkStatus = 'kept' | 'missed';

/** One mark, by its occurrence key (the occurrence's local date). */
export interface MarkRecord {
  occurrence: LocalDate;
  status: MarkStatus;
}

/** One week of the consistency view. */
export interface WeekConsistency {
  /** ISO week, 'YYYY-Www'. */
  weekKey: string;
  /** Its Monday. */
  startDate: LocalDate;
  kept: number;
  missed: number;
  /** Already past and not marked. */
  notMarked: number;
  /** Still ahead (this week only). */
  upcoming: number;
}

/** Default span of the consistency view, in weeks. */
export const CONSISTENCY_WEEKS = 12;

/** The marks by occurrence key; when one occurrence has several, the later in the list wins. */
export function marksByOccurrence(marks: readonly MarkRecord[]): Map<LocalDate, MarkStatus> {
  const out = new Map<LocalDate, MarkStatus>();
  for (const m of marks) out.set(m.occurrence, m.status);
  return out;
}

/**
 * Every occurrence of the segments whose local date is in [fromDate, toDate], in order. Each
 * segment starts after the one before it ended; should two ever share a day, the later wins.
 */
export function planOccurrences(segments: readonly Schedule[], fromDate: LocalDate, toDate: LocalDate): Occurrence[] {
  const byKey = new Map<string, Occurrence>();
  for (const s of segments) for (const o of occurrencesOnDates(s, fromDate, toDate)) byKey.set(o.key, o);
  return [...byKey.values()].sort((a, b) => a.utc.getTime() - b.utc.getTime());
}

/**
 * Kept, missed, not marked and upcoming per ISO week for the last `weeks` weeks (oldest
 * first), on the person's clock in `timeZone`. An occurrence belongs to the week of its own
 * local date.
 */
export function consistencyByWeek(
  segments: readonly Schedule[],
  marks: readonly MarkRecord[],
  now: Date,
  timeZone: string,
  weeks: number = CONSISTENCY_WEEKS,
): WeekConsistency[] {
  const keys = lastNWeeks(now, timeZone, weeks);
  const rows = new Map<string, WeekConsistency>(
    keys.map((k) => [k, { weekKey: k, startDate: weekBounds(k, timeZone).startDate, kept: 0, missed: 0, notMarked: 0, upcoming: 0 }]),
  );
  const first = keys[0];
  const lastKey = keys.at(-1);
  if (first === undefined || lastKey === undefined) return [];
  // A day of slack either side: a schedule in another zone may date an occurrence differently.
  const from = addDays(weekBounds(first, timeZone).startDate, -1);
  const to = addDays(weekBounds(lastKey, timeZone).endDate, 1);
  const marked = marksByOccurrence(marks);
  for (const o of planOccurrences(segments, from, to)) {
    const row = rows.get(weekKeyOfDate(o.key));
    if (!row) continue;
    const mark = marked.get(o.key);
    if (mark === 'kept') row.kept++;
    else if (mark === 'missed') row.missed++;
    else if (o.utc.getTime() <= now.getTime()) row.notMarked++;
    else row.upcoming++;
  }
  return [...rows.values()];
}

/** Several commitments' weeks added together (the overall view); weeks must be the same keys. */
export function sumWeeks(perCommitment: readonly (readonly WeekConsistency[])[], now: Date, timeZone: string, weeks: number = CONSISTENCY_WEEKS): WeekConsistency[] {
  const out = lastNWeeks(now, timeZone, weeks).map((k) => ({ weekKey: k, startDate: weekBounds(k, timeZone).startDate, kept: 0, missed: 0, notMarked: 0, upcoming: 0 }));
  const index = new Map(out.map((w, i) => [w.weekKey, i]));
  for (const list of perCommitment) {
    for (const w of list) {
      const row = out[index.get(w.weekKey) ?? -1];
      if (!row) continue;
      row.kept += w.kept;
      row.missed += w.missed;
      row.notMarked += w.notMarked;
      row.upcoming += w.upcoming;
    }
  }
  return out;
}

/** Totals over a span of weeks. */
export function totals(weeks: readonly WeekConsistency[]): Omit<WeekConsistency, 'weekKey' | 'startDate'> {
  return weeks.reduce(
    (t, w) => ({ kept: t.kept + w.kept, missed: t.missed + w.missed, notMarked: t.notMarked + w.notMarked, upcoming: t.upcoming + w.upcoming }),
    { kept: 0, missed: 0, notMarked: 0, upcoming: 0 },
  );
}

/** An occurrence the person who promised can mark, with its mark if any. */
export interface MarkableOccurrence extends Occurrence {
  mark: MarkStatus | null;
  /** Later today: it can be marked already, e.g. kept early. */
  upcoming: boolean;
}

/** How far back occurrences can still be marked, in days (today included). */
export const MARKABLE_DAYS = 14;

/**
 * The occurrences of the last `days` days on the person's clock (today's, even later ones,
 * included), newest first: what the person who promised can mark kept or missed.
 */
export function occurrencesToMark(
  segments: readonly Schedule[],
  marks: readonly MarkRecord[],
  now: Date,
  timeZone: string,
  days: number = MARKABLE_DAYS,
): MarkableOccurrence[] {
  const today = localToday(now, timeZone);
  const marked = marksByOccurrence(marks);
  return planOccurrences(segments, addDays(today, -(days - 1)), today)
    .map((o) => ({ ...o, mark: marked.get(o.key) ?? null, upcoming: o.utc.getTime() > now.getTime() }))
    .reverse();
}

/** The next occurrence still ahead (from any segment), or null. */
export function nextPlanOccurrence(segments: readonly Schedule[], now: Date, timeZone: string, lookAheadDays = 400): Occurrence | null {
  const today = localToday(now, timeZone);
  return planOccurrences(segments, addDays(today, -1), addDays(today, lookAheadDays)).find((o) => o.utc.getTime() > now.getTime()) ?? null;
}
