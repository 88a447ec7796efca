import ICAL from 'ical.js';
import { IANAZone } from 'luxon';
import { afterEach, describe, expect, it } from 'vitest';
import { applyEdit, newPlan } from '../scheduled/index.js';
import { firstOccurrence, occurrences, toRRule, type Schedule } from '../schedules/index.js';
import { buildCalendar, NEUTRAL_TITLE, type CalendarActivity, type CalendarRitual } from './index.js';

const WARSAW = 'Europe/Warsaw';
const NY = 'America/New_York';
const NOW = new Date('2026-02-20T10:00:00Z');

const ritual = (id: string, title: string, segments: Schedule[], remindMinutesBefore: number | null = 30): CalendarRitual => ({ id, title, segments, remindMinutesBefore });

/** Parses the file back with ical.js, registering its VTIMEZONEs the way a calendar app would. */
function parse(text: string): ICAL.Component {
  const cal = new ICAL.Component(ICAL.parse(text));
  for (const tz of cal.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  return cal;
}

afterEach(() => ICAL.TimezoneService.reset());

/** The instants ical.js expands an event to, within [from, to). */
function expand(vevent: ICAL.Component, from: Date, to: Date): string[] {
  const it = new ICAL.Event(vevent).iterator();
  const out: string[] = [];
  for (let t = it.next(); t; t = it.next()) {
    const d = t.toJSDate();
    if (d.getTime() >= to.getTime()) break;
    if (d.getTime() >= from.getTime()) out.push(d.toISOString());
    if (out.length > 1000) throw new Error('runaway expansion');
  }
  return out;
}

const engine = (s: Schedule, from: Date, to: Date) => occurrences(s, from, to).map((o) => o.utc.toISOString());

/**
 * The engine's occurrences as ical.js 2.2.1 reads them. They agree on every time but two, both
 * inside the hour the clocks change (the engine, RFC 5545 §3.3.5, Google and Apple agree with
 * each other there): a time a spring-forward night skips (02:30 when clocks jump 02:00 → 03:00)
 * is 03:30 summer time for the engine, 01:30 winter time for ical.js; a time a fall-back night
 * repeats is the first (summer-time) instance for the engine, the second for ical.js.
 */
function asIcalJsReads(s: Schedule, from: Date, to: Date): string[] {
  const zone = IANAZone.create(s.timeZone);
  const wall = (ms: number) => ms + zone.offset(ms) * 60_000;
  return occurrences(s, from, to).map((o) => {
    const t = o.utc.getTime();
    const skipped = s.type !== 'once' && o.localTime !== s.time;
    const repeated = wall(t + 3_600_000) === wall(t);
    return new Date(t + (skipped ? -3_600_000 : repeated ? 3_600_000 : 0)).toISOString();
  });
}

describe('buildCalendar', () => {
  it('round-trips through ical.js: events, titles, TZID on DTSTART, the engine’s RRULE, an alarm', () => {
    const coffee: Schedule = { type: 'weekly', time: '07:30', timeZone: WARSAW, startDate: '2026-03-02', weekdays: ['MO', 'TH'] };
    const text = buildCalendar([ritual('r1', 'Morning coffee, together; no phones', [coffee])], [], { showTitles: true, now: NOW });
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);

    const cal = parse(text);
    expect(cal.getFirstPropertyValue('version')).toBe('2.0');
    expect(cal.getFirstPropertyValue('prodid')).toMatch(/Mend/);
    const [ev, ...rest] = cal.getAllSubcomponents('vevent');
    expect(rest).toEqual([]);
    const event = new ICAL.Event(ev!);
    expect(event.summary).toBe('Morning coffee, together; no phones');
    expect(event.uid).toBe('ritual-r1-0@mend');
    const dtstart = ev!.getFirstProperty('dtstart')!;
    expect(dtstart.getParameter('tzid')).toBe(WARSAW);
    expect(event.startDate.toString()).toBe('2026-03-02T07:30:00');
    expect(event.startDate.zone?.tzid).toBe(WARSAW);
    expect(event.duration.toSeconds()).toBe(30 * 60);
    // The same rule as the schedule engine's RRULE text (ical.js leaves out WKST=MO, the default).
    const rule = ev!.getFirstPropertyValue('rrule') as ICAL.Recur;
    const expected = ICAL.Recur.fromString(toRRule(coffee).split('\n')[1]!.replace('RRULE:', ''));
    expect(rule.toString()).toBe(expected.toString());
    expect(rule.freq).toBe('WEEKLY');
    expect(rule.wkst).toBe(ICAL.Time.MONDAY);
    const alarm = ev!.getFirstSubcomponent('valarm')!;
    expect(alarm.getFirstPropertyValue('action')).toBe('DISPLAY');
    expect((alarm.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds()).toBe(-30 * 60);
    expect(cal.getAllSubcomponents('vtimezone').map((z) => z.getFirstPropertyValue('tzid'))).toEqual([WARSAW]);
  });

  it('with titles hidden, says only “Mend”: no word of a title anywhere in the file', () => {
    const walk: Schedule = { type: 'daily', time: '20:00', timeZone: WARSAW, startDate: '2026-03-01' };
    const act: CalendarActivity = { id: 'a1', title: 'Pottery class downtown', at: '2026-03-14T15:00', timeZone: WARSAW };
    const text = buildCalendar([ritual('r1', 'Evening walk after the talk', [walk])], [act], { showTitles: false, now: NOW });
    expect(text).not.toMatch(/walk|talk|pottery|downtown/i);
    const cal = parse(text);
    const events = cal.getAllSubcomponents('vevent');
    expect(events.map((e) => e.getFirstPropertyValue('summary'))).toEqual([NEUTRAL_TITLE, NEUTRAL_TITLE]);
    expect(events[0]!.getFirstSubcomponent('valarm')!.getFirstPropertyValue('description')).toBe(NEUTRAL_TITLE);
  });

  it('escapes and folds long titles within 75 octets per line, CRLF throughout, and reads them back whole', () => {
    const title = 'Coffee; then a walk, by the river — “slow” ☕ and a much longer tail that goes on past one line';
    const s: Schedule = { type: 'daily', time: '07:00', timeZone: WARSAW, startDate: '2026-03-01' };
    const text = buildCalendar([ritual('r1', title, [s])], [], { showTitles: true, now: NOW });
    const lines = text.split('\r\n');
    expect(lines.at(-1)).toBe('');
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    expect(text).toContain('Coffee\\; then a walk\\,');
    expect(new ICAL.Event(parse(text).getFirstSubcomponent('vevent')!).summary).toBe(title);
  });

  it('expands across the Warsaw spring-forward and autumn fall-back exactly as the schedule engine does', () => {
    const from = new Date('2026-03-01T00:00:00Z');
    const to = new Date('2026-11-15T00:00:00Z');
    const schedules: Schedule[] = [
      { type: 'weekly', time: '07:30', timeZone: WARSAW, startDate: '2026-03-02', weekdays: ['MO', 'TH', 'SU'] },
      // 02:30 on 29 Mar does not exist: the engine moves it to 03:30 CEST (see asIcalJsReads).
      { type: 'daily', time: '02:30', timeZone: WARSAW, startDate: '2026-03-25', endDate: '2026-04-02' },
      // 02:30 on 25 Oct happens twice: the engine takes the first.
      { type: 'daily', time: '02:30', timeZone: WARSAW, startDate: '2026-10-22', endDate: '2026-10-28' },
      { type: 'every_n_weeks', time: '19:00', timeZone: WARSAW, startDate: '2026-03-06', weekdays: ['FR'], interval: 2, endDate: '2026-11-13' },
      { type: 'monthly', time: '09:00', timeZone: WARSAW, startDate: '2026-01-01', dayOfMonth: 31 },
    ];
    // The 30th (or February's last day), until a date: written as two events.
    const thirtieth: Schedule = { type: 'monthly', time: '18:00', timeZone: WARSAW, startDate: '2026-01-10', endDate: '2028-06-30', dayOfMonth: 30 };
    const leap: Schedule = { type: 'monthly', time: '18:00', timeZone: WARSAW, startDate: '2027-11-01', dayOfMonth: 29 };
    const text = buildCalendar([ritual('r1', 'Rituals', schedules), ritual('r2', 'Monthly', [thirtieth, leap])], [], { showTitles: true, now: NOW });
    const events = parse(text).getAllSubcomponents('vevent');
    expect(events).toHaveLength(schedules.length + 4);
    expect(events[4]!.getFirstPropertyValue('rrule')!.toString()).toBe('FREQ=MONTHLY;BYMONTHDAY=-1');
    const far = new Date('2029-01-01T00:00:00Z');
    const both = (a: number, b: number) => [...expand(events[a]!, from, far), ...expand(events[b]!, from, far)].sort();
    expect(both(5, 6)).toEqual(engine(thirtieth, from, far));
    expect(both(5, 6)).toContain('2028-02-29T17:00:00.000Z');
    expect(both(7, 8)).toEqual(engine(leap, from, far));
    expect(both(7, 8)).toContain('2028-02-29T17:00:00.000Z');
    expect(both(7, 8)).not.toContain('2028-02-28T17:00:00.000Z');
    schedules.forEach((s, i) => {
      expect(engine(s, from, to).length, `schedule ${i}`).toBeGreaterThan(3);
      expect(expand(events[i]!, from, to), `schedule ${i}`).toEqual(asIcalJsReads(s, from, to));
    });
    // Spot checks: 07:30 is 06:30Z in winter and 05:30Z in summer.
    const weekly = expand(events[0]!, from, to);
    expect(weekly).toContain('2026-03-26T06:30:00.000Z');
    expect(weekly).toContain('2026-03-29T05:30:00.000Z');
    expect(engine(schedules[1]!, from, to)).toContain('2026-03-29T01:30:00.000Z'); // 03:30 CEST
    expect(expand(events[1]!, from, to)).toContain('2026-03-29T00:30:00.000Z'); // ical.js: 01:30 CET
    expect(engine(schedules[2]!, from, to)).toContain('2026-10-25T00:30:00.000Z'); // the first 02:30
  });

  it('expands across New York’s DST changes as the engine does, and keeps the last occurrence of an ended one', () => {
    const from = new Date('2026-01-01T00:00:00Z');
    const to = new Date('2027-01-01T00:00:00Z');
    const schedules: Schedule[] = [
      { type: 'weekly', time: '21:00', timeZone: NY, startDate: '2026-02-01', weekdays: ['SU'] },
      { type: 'daily', time: '02:30', timeZone: NY, startDate: '2026-03-05', endDate: '2026-03-11' },
      { type: 'daily', time: '01:30', timeZone: NY, startDate: '2026-10-29', endDate: '2026-11-03' },
    ];
    const cal = parse(buildCalendar([ritual('r1', 'Check-in', schedules, null)], [], { showTitles: true, now: NOW }));
    const events = cal.getAllSubcomponents('vevent');
    expect(events[0]!.getFirstSubcomponent('valarm')).toBeNull();
    schedules.forEach((s, i) => expect(expand(events[i]!, from, to), `schedule ${i}`).toEqual(asIcalJsReads(s, from, to)));
    expect(asIcalJsReads(schedules[1]!, from, to)).not.toEqual(engine(schedules[1]!, from, to));
    const nights = expand(events[2]!, from, to);
    expect(nights).toHaveLength(6);
    expect(nights.filter((n) => n.startsWith('2026-11-01'))).toHaveLength(1); // 01:30 happens once
    expect(engine(schedules[2]!, from, to)).toContain('2026-11-01T05:30:00.000Z'); // 01:30 EDT
    expect(nights.at(-1)).toBe('2026-11-03T06:30:00.000Z'); // the last day, included
  });

  it('writes VTIMEZONE offsets that match the runtime’s zone data for years ahead', () => {
    const s = (timeZone: string): Schedule => ({ type: 'daily', time: '12:00', timeZone, startDate: '2026-01-05' });
    const cal = parse(buildCalendar([ritual('a', 'x', [s(WARSAW)]), ritual('b', 'y', [s(NY)]), ritual('c', 'z', [s('Asia/Tokyo')])], [], { showTitles: true, now: NOW }));
    expect(cal.getAllSubcomponents('vtimezone').map((z) => z.getFirstPropertyValue('tzid'))).toEqual(['America/New_York', 'Asia/Tokyo', WARSAW]);
    for (const zone of [WARSAW, NY, 'Asia/Tokyo']) {
      const tz = ICAL.TimezoneService.get(zone)!;
      const luxon = IANAZone.create(zone);
      for (let ms = Date.UTC(2026, 0, 1); ms < Date.UTC(2036, 0, 1); ms += 86_400_000 + 3_600_000 + 17 * 60_000) {
        // ical.js turns UTC into local time with the offset of the UTC reading taken as local,
        // so within a day of a change it may be off by design; calendar apps go the other way.
        if (luxon.offset(ms - 15 * 3_600_000) !== luxon.offset(ms + 15 * 3_600_000)) continue;
        const local = ICAL.Time.fromJSDate(new Date(ms), true).convertToZone(tz);
        const wall = new Date(ms + luxon.offset(ms) * 60_000).toISOString().slice(0, 19);
        expect(local.toString(), `${zone} ${new Date(ms).toISOString()}`).toBe(wall);
      }
    }
  });

  it('writes each segment of an edited ritual as its own event, and a planned activity as a single event', () => {
    const fridays: Schedule = { type: 'weekly', time: '19:00', timeZone: WARSAW, startDate: '2026-02-02', weekdays: ['FR'] };
    const edited = applyEdit(newPlan(fridays, 60), { ...fridays, weekdays: ['SA'], time: '10:00' }, new Date('2026-02-27T19:00:00Z'));
    expect(edited.segments).toHaveLength(2);
    // A planned time in New York’s spring-forward gap moves forward, as the engine says.
    const act: CalendarActivity = { id: 'a1', title: 'Picnic', at: '2026-03-08T02:30', timeZone: NY };
    const cal = parse(buildCalendar([ritual('r1', 'Date night', edited.segments, 60)], [act], { showTitles: true, now: NOW }));
    const events = cal.getAllSubcomponents('vevent');
    expect(events.map((e) => e.getFirstPropertyValue('uid'))).toEqual(['ritual-r1-0@mend', 'ritual-r1-1@mend', 'activity-a1@mend']);
    const from = new Date('2026-01-01T00:00:00Z');
    const to = new Date('2026-04-01T00:00:00Z');
    expect(expand(events[0]!, from, to).at(-1)).toBe('2026-02-27T18:00:00.000Z');
    expect(expand(events[1]!, from, to)[0]).toBe('2026-02-28T09:00:00.000Z');
    const picnic = events[2]!;
    expect(picnic.getFirstProperty('rrule')).toBeNull();
    expect(picnic.getFirstProperty('dtstart')!.getParameter('tzid')).toBe(NY);
    expect(expand(picnic, from, to)).toEqual([firstOccurrence({ type: 'once', at: act.at, timeZone: NY })!.utc.toISOString()]);
    expect(new ICAL.Event(picnic).duration.toSeconds()).toBe(2 * 3600);
  });

  it('leaves out a segment with no occurrence, and makes a valid empty calendar', () => {
    const none: Schedule = { type: 'weekly', time: '10:00', timeZone: WARSAW, startDate: '2026-03-03', endDate: '2026-03-04', weekdays: ['MO'] };
    const cal = parse(buildCalendar([ritual('r1', 'x', [none])], [], { showTitles: true, now: NOW }));
    expect(cal.getAllSubcomponents('vevent')).toEqual([]);
    expect(cal.getAllSubcomponents('vtimezone')).toEqual([]);
    expect(cal.name).toBe('vcalendar');
  });
});
