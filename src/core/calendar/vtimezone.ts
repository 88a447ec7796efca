import ICAL from 'ical.js';
import { IANAZone } from 'luxon';

/*
 * VTIMEZONE blocks written from the runtime's own zone data (Intl, through luxon), so an
 * exported calendar carries the same offsets the schedule engine used. Google, Apple and
 * Thunderbird also know IANA TZID names and use their own data; Outlook and stricter
 * readers need the block. We write each transition as its own observance (a DTSTART, no
 * RRULE): always exact for the years covered, with no guessing of "last Sunday" rules. Past
 * the covered years a reader keeps the last offset it knows, hence a generous span.
 */

const MINUTE_MS = 60_000;
const WEEK_MS = 7 * 86_400_000;

/** One change of a zone's UTC offset. */
export interface ZoneTransition {
  /** The instant the new offset starts (UTC ms). */
  at: number;
  /** Offsets in minutes east of UTC, before and after. */
  from: number;
  to: number;
}

function zone(timeZone: string): IANAZone {
  const z = IANAZone.create(timeZone);
  if (!z.isValid) throw new RangeError(`Unknown time zone: ${timeZone}`);
  return z;
}

/** Every offset change of the zone in [fromMs, toMs), in order (to the minute). */
export function zoneTransitions(timeZone: string, fromMs: number, toMs: number): ZoneTransition[] {
  const z = zone(timeZone);
  const out: ZoneTransition[] = [];
  // tzdb has no two changes within a week since 1970, so a weekly step sees each one.
  for (let t = fromMs; t < toMs; t += WEEK_MS) {
    const end = Math.min(t + WEEK_MS, toMs);
    const before = z.offset(t);
    const after = z.offset(end);
    if (before === after) continue;
    let lo = t;
    let hi = end;
    while (hi - lo > MINUTE_MS) {
      const mid = lo + Math.floor((hi - lo) / 2 / MINUTE_MS) * MINUTE_MS;
      if (z.offset(mid) === before) lo = mid;
      else hi = mid;
    }
    out.push({ at: hi, from: before, to: after });
  }
  return out;
}

/** A floating ICAL.Time for a wall-clock reading given as UTC milliseconds. */
function wallTime(wallMs: number): ICAL.Time {
  const d = new Date(wallMs);
  return ICAL.Time.fromData({
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: 0,
    isDate: false,
  });
}

function observance(kind: 'standard' | 'daylight', startWallMs: number, from: number, to: number): ICAL.Component {
  const c = new ICAL.Component(kind);
  c.addPropertyWithValue('dtstart', wallTime(startWallMs));
  c.addPropertyWithValue('tzoffsetfrom', ICAL.UtcOffset.fromSeconds(from * 60));
  c.addPropertyWithValue('tzoffsetto', ICAL.UtcOffset.fromSeconds(to * 60));
  return c;
}

/**
 * A VTIMEZONE for the zone covering the years `fromYear` to `toYear` (inclusive): the offset
 * in force at the start (as an observance from 1970), then every transition in between.
 */
export function vtimezone(timeZone: string, fromYear: number, toYear: number): ICAL.Component {
  const z = zone(timeZone);
  const start = Date.UTC(fromYear, 0, 1) - 86_400_000;
  const end = Date.UTC(toYear + 1, 0, 1);
  const changes = zoneTransitions(timeZone, start, end);
  const vtz = new ICAL.Component('vtimezone');
  vtz.addPropertyWithValue('tzid', timeZone);
  const initial = z.offset(start);
  // In summer time at the start when the next change turns the clocks back.
  const startsInDaylight = (changes[0]?.to ?? initial) < initial;
  vtz.addSubcomponent(observance(startsInDaylight ? 'daylight' : 'standard', Date.UTC(1970, 0, 1), initial, initial));
  for (const c of changes) {
    // An observance's DTSTART is the local time on the clock as it read before the change.
    vtz.addSubcomponent(observance(c.to > c.from ? 'daylight' : 'standard', c.at + c.from * MINUTE_MS, c.from, c.to));
  }
  return vtz;
}
