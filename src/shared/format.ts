/**
 * One way to show dates and times everywhere — the web app, the readable export, and phrases made
 * in core ("until Mon, 6 Apr 2026") — in the person's own locale: one style for a date
 * ("Wed, 2 Dec 2026" in en-GB, "Wed, Dec 2, 2026" in en-US) and one for a time ("19:45" or
 * "7:45 PM"), always in the person's time zone. Pure: Intl only, no DOM, so core may use it too.
 * A locale left out is the runtime's own (the browser's language in the web app).
 */
/** A date or an instant: a Date, an ISO time ("2026-12-02T18:45:00Z") or a local date ("2026-12-02"). */
export type When = Date | string;

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;
const LOCAL_TIME = /^(\d{2}):(\d{2})$/;

const DATE: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' };
/** "19:45" and "07:05" on a 24-hour clock, "7:45 PM" on a 12-hour one: each as the locale writes it. */
function timeOptions(locale: string | undefined): Intl.DateTimeFormatOptions {
  let cycle: string | undefined;
  try {
    cycle = new Intl.DateTimeFormat(locale, { hour: 'numeric' }).resolvedOptions().hourCycle;
  } catch {
    cycle = undefined;
  }
  return { hour: cycle === 'h23' || cycle === 'h24' ? '2-digit' : 'numeric', minute: '2-digit' };
}

function formatter(options: Intl.DateTimeFormatOptions, timeZone: string | undefined, locale: string | undefined): Intl.DateTimeFormat {
  try {
    return new Intl.DateTimeFormat(locale, { ...options, ...(timeZone ? { timeZone } : {}) });
  } catch {
    // An unknown zone or locale still shows something, on this device's clock: in the locale when it is known.
    try {
      return new Intl.DateTimeFormat(locale, options);
    } catch {
      return new Intl.DateTimeFormat(undefined, options);
    }
  }
}

/** A local date ("2026-12-02") as the instant of its noon in UTC, shown in UTC: the same day everywhere. */
function instantOf(when: When): { date: Date; local: boolean } | null {
  if (typeof when === 'string' && LOCAL_DATE.test(when)) {
    const d = new Date(`${when}T12:00:00Z`);
    return Number.isNaN(d.getTime()) ? null : { date: d, local: true };
  }
  const d = typeof when === 'string' ? new Date(when) : when;
  return Number.isNaN(d.getTime()) ? null : { date: d, local: false };
}

/** A day: "Wed 2 Dec 2026". A local date is shown as itself; an instant as its day in `timeZone`. */
export function formatDate(when: When, timeZone?: string, locale?: string): string {
  const i = instantOf(when);
  if (!i) return '';
  return formatter(DATE, i.local ? 'UTC' : timeZone, locale).format(i.date);
}

/** A time of day: "19:45" or "7:45 PM". Takes an instant (shown in `timeZone`) or a wall time ("19:45"). */
export function formatTime(when: When, timeZone?: string, locale?: string): string {
  if (typeof when === 'string') {
    const m = LOCAL_TIME.exec(when);
    if (m) return formatter(timeOptions(locale), 'UTC', locale).format(new Date(Date.UTC(2000, 0, 1, Number(m[1]), Number(m[2]))));
  }
  const i = instantOf(when);
  if (!i) return '';
  return formatter(timeOptions(locale), timeZone, locale).format(i.date);
}

/** A day and a time: "Wed 2 Dec 2026, 19:45" (the two styles above, joined as the locale joins them). */
export function formatDateTime(when: When, timeZone?: string, locale?: string): string {
  if (typeof when === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(when)) {
    // A wall-clock time with no zone ("2026-12-02T19:45"): shown as written.
    const [date, time] = when.split('T') as [string, string];
    const d = new Date(`${date}T${time}:00Z`);
    return formatter({ ...DATE, ...timeOptions(locale) }, 'UTC', locale).format(d);
  }
  const i = instantOf(when);
  if (!i) return '';
  return formatter({ ...DATE, ...timeOptions(locale) }, i.local ? 'UTC' : timeZone, locale).format(i.date);
}

/** A weekday's name, "Friday" — for phrases within the week ahead, where the day alone is clearer than a date. */
export function formatWeekday(date: string, locale?: string): string {
  const i = instantOf(date);
  if (!i) return '';
  return formatter({ weekday: 'long' }, 'UTC', locale).format(i.date);
}
