import ICAL from 'ical.js';
import { firstOccurrence, hasOccurrences, occurrencesOnDates, toRRule, type Schedule } from '../schedules/index.js';
import { addDays } from '../../shared/schedules/local-time.js';
import { vtimezone } from './vtimezone.js';

/*
 * The iCalendar (.ics) file of a person's rituals and planned activities, built in the
 * browser so the words never pass through the server. ical.js writes it (escaping, line
 * folding by octets, CRLF); the dates and repeat rules come from the schedule engine's own
 * RRULE text (toRRule), so a calendar app and Mend's reminders agree on every occurrence.
 * Times carry the schedule's IANA TZID plus a VTIMEZONE for that zone (see vtimezone.ts).
 */

/** The title every event gets when titles are hidden: nothing on a shared calendar says more. */
export const NEUTRAL_TITLE = 'Mend';

/** How long an event lasts in the calendar (Mend stores only a start): rituals, then activities. */
export const RITUAL_MINUTES = 30;
export const ACTIVITY_MINUTES = 120;

/** Years of zone transitions written after the later of today and the first event. */
export const TIMEZONE_YEARS_AHEAD = 10;

/** A ritual as the calendar needs it: its words (title only) and schedule history. */
export interface CalendarRitual {
  id: string;
  title: string;
  segments: readonly Schedule[];
  remindMinutesBefore: number | null;
}

/** A planned activity: a title and a local date-time in a zone. */
export interface CalendarActivity {
  id: string;
  title: string;
  /** 'YYYY-MM-DDTHH:mm' on the clock of `timeZone`. */
  at: string;
  timeZone: string;
}

/** Choices for one download. */
export interface CalendarOptions {
  /** Real titles, or NEUTRAL_TITLE on every event. */
  showTitles: boolean;
  /** When the file is made (DTSTAMP, and the span of the time zone data). */
  now: Date;
}

interface EventSpec {
  uid: string;
  title: string;
  schedule: Schedule;
  minutes: number;
  remindMinutesBefore: number | null;
}

const DTSTART_RE = /^DTSTART;TZID=([^:]+):(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})$/;
const LAST_DAY_RE = /BYMONTHDAY=28(?:,\d\d)*;BYSETPOS=-1/;

/** One VEVENT's start (floating; the zone given separately) and repeat rule. */
interface Part {
  zone: string;
  start: ICAL.Time;
  rule: string | null;
  /** Added to the UID when a schedule needs more than one event. */
  suffix: string;
}

function floating(date: string, time: string): ICAL.Time {
  const [year, month, day] = date.split('-').map(Number);
  const [hour, minute] = time.split(':').map(Number);
  return ICAL.Time.fromData({ year, month, day, hour, minute, second: 0, isDate: false });
}

/**
 * The events a schedule becomes, from the engine's own RRULE text. Two rewrites keep every
 * reader in step, ical.js included (it ignores BYSETPOS beside BYMONTHDAY): "the last day of
 * the month" (the 31st) is BYMONTHDAY=-1, and the 29th or 30th (or February's last day) is
 * one rule for the other months and a yearly one for February. A one-off gets no rule, and
 * its start is the time the engine resolved (a planned 02:30 that a spring-forward night
 * skips is written as 03:30), which every reader reads the same way.
 */
function parts(s: Schedule): Part[] {
  if (s.type === 'once') {
    const o = firstOccurrence(s);
    return o ? [{ zone: s.timeZone, start: floating(o.localDate, o.localTime), rule: null, suffix: '' }] : [];
  }
  const [dtLine = '', ruleLine = ''] = toRRule(s).split('\n');
  const m = DTSTART_RE.exec(dtLine);
  if (!m) throw new RangeError(`Unexpected DTSTART from the schedule engine: ${dtLine}`);
  const zone = m[1] ?? s.timeZone;
  const rule = ruleLine.replace(/^RRULE:/, '');
  const start = floating(`${m[2]}-${m[3]}-${m[4]}`, `${m[5]}:${m[6]}`);
  if (s.type !== 'monthly' || !LAST_DAY_RE.test(rule)) return [{ zone, start, rule, suffix: '' }];
  if (s.dayOfMonth === 31) return [{ zone, start, rule: rule.replace(LAST_DAY_RE, 'BYMONTHDAY=-1'), suffix: '' }];
  // The first occurrence in February and the first in another month start the two events.
  const ahead = occurrencesOnDates(s, s.startDate, addDays(s.startDate, 400));
  const firstFeb = ahead.find((o) => o.localDate.slice(5, 7) === '02');
  const firstOther = ahead.find((o) => o.localDate.slice(5, 7) !== '02');
  const until = /;UNTIL=[^;]+/.exec(rule)?.[0] ?? '';
  const out: Part[] = [];
  if (firstOther) out.push({ zone, start: floating(firstOther.localDate, s.time), rule: rule.replace(LAST_DAY_RE, `BYMONTH=1,3,4,5,6,7,8,9,10,11,12;BYMONTHDAY=${s.dayOfMonth}`), suffix: '' });
  if (firstFeb) out.push({ zone, start: floating(firstFeb.localDate, s.time), rule: `FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1${until}`, suffix: '-feb' });
  return out;
}

function vevent(spec: EventSpec, part: Part, stamp: ICAL.Time): ICAL.Component {
  const ev = new ICAL.Component('vevent');
  ev.addPropertyWithValue('uid', spec.uid.replace('@', `${part.suffix}@`));
  ev.addPropertyWithValue('dtstamp', stamp);
  const dtstart = new ICAL.Property('dtstart');
  dtstart.setParameter('tzid', part.zone);
  dtstart.setValue(part.start);
  ev.addProperty(dtstart);
  ev.addPropertyWithValue('duration', ICAL.Duration.fromSeconds(spec.minutes * 60));
  if (part.rule) ev.addPropertyWithValue('rrule', ICAL.Recur.fromString(part.rule));
  ev.addPropertyWithValue('summary', spec.title);
  // Private to the calendar's owner, for apps that share busy times only.
  ev.addPropertyWithValue('class', 'PRIVATE');
  if (spec.remindMinutesBefore !== null) {
    const alarm = new ICAL.Component('valarm');
    alarm.addPropertyWithValue('action', 'DISPLAY');
    alarm.addPropertyWithValue('description', spec.title);
    alarm.addPropertyWithValue('trigger', ICAL.Duration.fromSeconds(-spec.remindMinutesBefore * 60));
    ev.addSubcomponent(alarm);
  }
  return ev;
}

/**
 * One VCALENDAR with an event per ritual schedule segment (two for a monthly 29th or 30th) (an edited ritual keeps its earlier
 * segments, ended, so past times stay where they were) and one per planned activity. Segments
 * with no occurrence are left out. Returns the text, lines ending in CRLF.
 */
export function buildCalendar(rituals: readonly CalendarRitual[], activities: readonly CalendarActivity[], options: CalendarOptions): string {
  const title = (t: string) => (options.showTitles ? t : NEUTRAL_TITLE);
  const specs: EventSpec[] = [];
  for (const r of rituals) {
    r.segments.forEach((s, i) => {
      if (hasOccurrences(s)) specs.push({ uid: `ritual-${r.id}-${i}@mend`, title: title(r.title), schedule: s, minutes: RITUAL_MINUTES, remindMinutesBefore: r.remindMinutesBefore });
    });
  }
  for (const a of activities) {
    specs.push({ uid: `activity-${a.id}@mend`, title: title(a.title), schedule: { type: 'once', at: a.at, timeZone: a.timeZone }, minutes: ACTIVITY_MINUTES, remindMinutesBefore: null });
  }

  const stamp = ICAL.Time.fromJSDate(options.now, true);
  const built = specs.flatMap((spec) => parts(spec.schedule).map((part) => ({ event: vevent(spec, part, stamp), zone: part.zone, year: part.start.year })));
  const cal = new ICAL.Component('vcalendar');
  cal.addPropertyWithValue('prodid', '-//Mend//Rituals and activities//EN');
  cal.addPropertyWithValue('version', '2.0');
  cal.addPropertyWithValue('calscale', 'GREGORIAN');
  cal.addPropertyWithValue('method', 'PUBLISH');
  cal.addPropertyWithValue('x-wr-calname', NEUTRAL_TITLE);

  const firstYear = new Map<string, number>();
  for (const b of built) firstYear.set(b.zone, Math.min(firstYear.get(b.zone) ?? b.year, b.year));
  const nowYear = options.now.getUTCFullYear();
  for (const [zone, year] of [...firstYear].sort(([a], [b]) => a.localeCompare(b))) {
    cal.addSubcomponent(vtimezone(zone, year, Math.max(year, nowYear) + TIMEZONE_YEARS_AHEAD));
  }
  for (const b of built) cal.addSubcomponent(b.event);

  // ical.js folds at foldLength octets and then prefixes a space: 74 keeps every line within
  // RFC 5545's 75. The setting is module-wide, so it is put back straight away.
  const fold = ICAL.foldLength;
  ICAL.foldLength = 74;
  try {
    return `${cal.toString()}\r\n`;
  } finally {
    ICAL.foldLength = fold;
  }
}
