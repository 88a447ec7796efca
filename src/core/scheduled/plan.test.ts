import { describe, expect, it } from 'vitest';
import { occurrencesOnDates, scheduleSchema, type Schedule } from '../schedules/index.js';
import {
  applyEdit,
  consistencyByWeek,
  effectiveDate,
  endPlan,
  hasHistory,
  MAX_PLAN_SEGMENTS,
  newPlan,
  pausePlan,
  PlanError,
  resumePlan,
  resumeSchedule,
  type ScheduledPlan,
} from './index.js';

const at = (iso: string): Date => new Date(iso);
const WARSAW = 'Europe/Warsaw';
const fridays: Schedule = { type: 'weekly', time: '19:00', timeZone: WARSAW, startDate: '2026-02-02', weekdays: ['FR'] };
const plan = (segments: Schedule[], status: ScheduledPlan['status'] = 'active'): ScheduledPlan => ({ segments, status, remindMinutesBefore: 30 });
const valid = (p: ScheduledPlan) => p.segments.every((s) => scheduleSchema.safeParse(s).success);

describe('effectiveDate', () => {
  it('is today while today’s occurrence is still ahead, tomorrow once it has passed', () => {
    expect(effectiveDate([fridays], at('2026-02-27T17:59:00Z'))).toBe('2026-02-27'); // 18:59 Friday
    expect(effectiveDate([fridays], at('2026-02-27T18:00:00Z'))).toBe('2026-02-28'); // 19:00: due
  });
  it('is today when there is no occurrence today', () => {
    expect(effectiveDate([fridays], at('2026-02-25T20:00:00Z'))).toBe('2026-02-25');
  });
  it('uses the clock of the schedule’s zone', () => {
    // 23:30 UTC on Thursday is already Friday 00:30 in Warsaw.
    expect(effectiveDate([fridays], at('2026-02-26T23:30:00Z'))).toBe('2026-02-27');
  });
  it('looks at the new schedule too, so an edit never adds a time already past today', () => {
    const morning: Schedule = { ...fridays, time: '08:00' };
    expect(effectiveDate([fridays, morning], at('2026-02-27T10:00:00Z'))).toBe('2026-02-28');
  });
});

describe('applyEdit', () => {
  it('changes future occurrences only and keeps history', () => {
    const p = plan([fridays]);
    const next: Schedule = { ...fridays, weekdays: ['MO', 'TH'], startDate: '2026-02-27' };
    const edited = applyEdit(p, next, at('2026-02-27T19:00:00Z')); // Friday 20:00: today's is past
    expect(edited.segments).toEqual([{ ...fridays, endDate: '2026-02-27' }, { ...next, startDate: '2026-02-28' }]);
    expect(edited.status).toBe('active');
    expect(valid(edited)).toBe(true);
    // Every past Friday keeps its key.
    const old = occurrencesOnDates(fridays, '2026-02-01', '2026-02-27').map((o) => o.key);
    const kept = occurrencesOnDates(edited.segments[0]!, '2026-02-01', '2026-03-31').map((o) => o.key);
    expect(kept).toEqual(old);
    // A mark made before the edit still counts.
    const w = consistencyByWeek(edited.segments, [{ occurrence: '2026-02-27', status: 'kept' }], at('2026-02-27T19:00:00Z'), WARSAW, 1);
    expect(w[0]).toMatchObject({ kept: 1 });
  });

  it('replaces a schedule none of which has happened yet', () => {
    const fresh: Schedule = { ...fridays, startDate: '2026-02-25' };
    const next: Schedule = { ...fresh, time: '20:00' };
    const edited = applyEdit(plan([fresh]), next, at('2026-02-25T10:00:00Z'));
    expect(edited.segments).toEqual([next]);
  });

  it('keeps earlier segments as they were', () => {
    const first: Schedule = { ...fridays, endDate: '2026-02-08' };
    const second: Schedule = { ...fridays, startDate: '2026-02-09', weekdays: ['SA'] };
    const next: Schedule = { ...second, time: '10:00' };
    const edited = applyEdit(plan([first, second]), next, at('2026-02-25T10:00:00Z'));
    expect(edited.segments[0]).toEqual(first);
    expect(edited.segments[1]).toEqual({ ...second, endDate: '2026-02-24' });
    expect(edited.segments[2]).toEqual({ ...next, startDate: '2026-02-25' });
  });

  it('refuses a one-off already in the past, in plain words', () => {
    const past: Schedule = { type: 'once', at: '2026-02-20T10:00', timeZone: WARSAW };
    expect(() => applyEdit(plan([fridays]), past, at('2026-02-25T10:00:00Z'))).toThrow(PlanError);
    expect(() => applyEdit(plan([fridays]), past, at('2026-02-25T10:00:00Z'))).toThrow(/choose a time in the future/);
  });

  it('an edited paused promise is active again, after its paused segment', () => {
    const paused = pausePlan(plan([fridays]), at('2026-02-27T19:00:00Z'));
    const edited = applyEdit(paused, { ...fridays, weekdays: ['SA'] }, at('2026-02-27T19:30:00Z'));
    expect(edited.status).toBe('active');
    expect(edited.segments.at(-1)).toMatchObject({ startDate: '2026-02-28', weekdays: ['SA'] });
    expect(() => applyEdit({ ...paused, status: 'ended' }, fridays, at('2026-02-27T19:30:00Z'))).toThrow(PlanError);
  });

  it('stops at the segment limit', () => {
    let p = plan([fridays]);
    let now = at('2026-03-02T10:00:00Z').getTime();
    const week = 7 * 86_400_000;
    for (let i = 1; i < MAX_PLAN_SEGMENTS; i++) {
      p = applyEdit(p, { ...fridays, time: i % 2 ? '20:00' : '19:00' }, new Date(now));
      now += week;
    }
    expect(p.segments).toHaveLength(MAX_PLAN_SEGMENTS);
    expect(() => applyEdit(p, fridays, new Date(now))).toThrow(/start a new one/);
  });
});

describe('pause, resume and end', () => {
  it('pausing ends the schedule before the effective date; resuming appends a new segment', () => {
    const paused = pausePlan(plan([fridays]), at('2026-02-25T10:00:00Z')); // Wednesday
    expect(paused.status).toBe('paused');
    expect(paused.segments).toEqual([{ ...fridays, endDate: '2026-02-24' }]);
    expect(valid(paused)).toBe(true);

    const resumed = resumePlan(paused, at('2026-03-10T10:00:00Z')); // Tuesday
    expect(resumed.status).toBe('active');
    expect(resumed.segments).toEqual([{ ...fridays, endDate: '2026-02-24' }, { ...fridays, startDate: '2026-03-10' }]);
    // Nothing while paused: 27 Feb and 6 Mar have no occurrence.
    const weeks = consistencyByWeek(resumed.segments, [], at('2026-03-14T10:00:00Z'), WARSAW, 3);
    expect(weeks.map((w) => w.notMarked)).toEqual([0, 0, 1]);
    expect(valid(resumed)).toBe(true);
  });

  it('a resume on the day of a late pause starts tomorrow', () => {
    const paused = pausePlan(plan([fridays]), at('2026-02-27T19:00:00Z')); // Friday 20:00
    expect(paused.segments[0]).toMatchObject({ endDate: '2026-02-27' });
    expect(resumeSchedule(paused, at('2026-02-27T19:30:00Z'))).toMatchObject({ startDate: '2026-02-28' });
    expect(resumePlan(paused, at('2026-02-27T19:30:00Z')).segments[1]).toMatchObject({ startDate: '2026-02-28' });
  });

  it('resume may take a new schedule, and drops the old end date', () => {
    const withEnd: Schedule = { ...fridays, endDate: '2026-12-31' };
    const paused = pausePlan(plan([withEnd]), at('2026-02-25T10:00:00Z'));
    expect(resumeSchedule(paused, at('2026-03-02T10:00:00Z'))).not.toHaveProperty('endDate');
    const next: Schedule = { type: 'daily', time: '07:00', timeZone: WARSAW, startDate: '2026-01-01' };
    const resumed = resumePlan(paused, at('2026-03-02T10:00:00Z'), next); // 11:00: 07:00 has passed
    expect(resumed.segments[1]).toEqual({ ...next, startDate: '2026-03-03' });
  });

  it('ending keeps history; a paused promise ends as it is', () => {
    const ended = endPlan(plan([fridays]), at('2026-02-25T10:00:00Z'));
    expect(ended).toMatchObject({ status: 'ended', segments: [{ ...fridays, endDate: '2026-02-24' }] });
    const paused = pausePlan(plan([fridays]), at('2026-02-25T10:00:00Z'));
    expect(endPlan(paused, at('2026-03-25T10:00:00Z'))).toEqual({ ...paused, status: 'ended' });
    expect(() => endPlan(ended, at('2026-03-25T10:00:00Z'))).toThrow(PlanError);
  });

  it('with nothing come due yet there is no history to keep', () => {
    const fresh = newPlan({ ...fridays, startDate: '2026-02-25' }, 30);
    expect(hasHistory(fresh, at('2026-02-25T10:00:00Z'))).toBe(false);
    expect(() => pausePlan(fresh, at('2026-02-25T10:00:00Z'))).toThrow(/Nothing has come due yet/);
    expect(() => endPlan(fresh, at('2026-02-25T10:00:00Z'))).toThrow(PlanError);
    expect(hasHistory(fresh, at('2026-02-27T19:00:00Z'))).toBe(true);
  });

  it('refuses the wrong order', () => {
    expect(() => resumePlan(plan([fridays]), at('2026-02-25T10:00:00Z'))).toThrow(/Only a paused/);
    const paused = pausePlan(plan([fridays]), at('2026-02-25T10:00:00Z'));
    expect(() => pausePlan(paused, at('2026-02-26T10:00:00Z'))).toThrow(/Only an active/);
  });

  it('a one-off that already happened stays as history when paused or ended', () => {
    const once: Schedule = { type: 'once', at: '2026-02-27T08:00', timeZone: WARSAW };
    expect(endPlan(plan([once]), at('2026-02-27T10:00:00Z')).segments).toEqual([once]);
    expect(() => endPlan(plan([once]), at('2026-02-27T06:59:00Z'))).toThrow(/Nothing has come due yet/);
  });
});
