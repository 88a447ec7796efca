import { type Cadence, type Instrument } from './schema.js';

/*
 * When an instrument is offered again. Due dates are whole UTC days: a person who took the
 * monthly check on the evening of 3 March sees it again from the start of 3 April (UTC),
 * not only after the same minute of the evening, so a habit day doesn't slip by a day.
 * Months are calendar months, clamped to the month's last day (31 January → 28 or 29
 * February), so a check never skips a short month.
 */

const DAY_MS = 24 * 60 * 60 * 1000;

/** The start (00:00 UTC) of the day from which an instrument taken at lastTakenUtc is due again. */
export function nextDueAt(cadence: Cadence, lastTakenUtc: Date): Date {
  assertValid(lastTakenUtc, 'lastTakenUtc');
  const y = lastTakenUtc.getUTCFullYear();
  const m = lastTakenUtc.getUTCMonth();
  const d = lastTakenUtc.getUTCDate();
  switch (cadence) {
    case 'weekly':
      return new Date(Date.UTC(y, m, d) + 7 * DAY_MS);
    case 'monthly':
      return addMonthsClamped(y, m, d, 1);
    case 'quarterly':
      return addMonthsClamped(y, m, d, 3);
  }
}

/** True when the instrument has never been taken, or its next due day (by cadence, in UTC) has begun. */
export function isDue(instrument: Pick<Instrument, 'cadence'>, lastTakenUtc: Date | null, nowUtc: Date): boolean {
  assertValid(nowUtc, 'nowUtc');
  if (lastTakenUtc === null) return true;
  return nowUtc.getTime() >= nextDueAt(instrument.cadence, lastTakenUtc).getTime();
}

function addMonthsClamped(y: number, m: number, d: number, months: number): Date {
  // Day 0 of the month after the target is the target month's last day.
  const lastDay = new Date(Date.UTC(y, m + months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m + months, Math.min(d, lastDay)));
}

function assertValid(date: Date, name: string): void {
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) throw new RangeError(`${name} must be a valid date.`);
}
