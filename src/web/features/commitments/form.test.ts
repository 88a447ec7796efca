import { describe, expect, it } from 'vitest';
import { emptyForm, type ScheduleFormValues } from '../scheduled/form.js';
import { checkPromiseForm } from './form.js';

const WARSAW = 'Europe/Warsaw';
const now = new Date('2026-02-27T10:00:00Z'); // Friday 11:00 in Warsaw
const base = (over: Partial<ScheduleFormValues> = {}): ScheduleFormValues => ({ ...emptyForm(now, WARSAW), what: 'Call if I am running late', ...over });

describe('checkPromiseForm', () => {
  it('gives the content, schedule and reminder when everything is in order', () => {
    const r = checkPromiseForm(base({ note: '  so you are not left wondering ', remind: 'none' }), WARSAW, now);
    expect(r).toEqual({
      ok: true,
      content: { what: 'Call if I am running late', note: 'so you are not left wondering' },
      schedule: { type: 'weekly', time: '19:00', timeZone: WARSAW, startDate: '2026-02-27', weekdays: ['FR'] },
      remindMinutesBefore: null,
      keepPrivate: false,
    });
  });

  it('puts each message under its own field', () => {
    const r = checkPromiseForm(base({ what: ' ', weekdays: [], time: '7pm' }), WARSAW, now);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.what).toBe('Write the promise in a few words.');
    expect(r.errors.time).toBe('Use a 24-hour time like 07:30 (HH:mm).');
    const days = checkPromiseForm(base({ weekdays: [] }), WARSAW, now);
    expect(days.ok ? null : days.errors.weekdays).toBe('Choose at least one day of the week.');
  });

  it('refuses a start before today, an end before the start, and a schedule with no day', () => {
    const early = checkPromiseForm(base({ date: '2026-02-20' }), WARSAW, now);
    expect(early.ok ? null : early.errors.date).toBe('Choose today or a later date to start.');
    const end = checkPromiseForm(base({ endDate: '2026-02-26' }), WARSAW, now);
    expect(end.ok ? null : end.errors.endDate).toBe("The end date can't be before the start date.");
    const none = checkPromiseForm(base({ weekdays: ['MO'], endDate: '2026-02-28' }), WARSAW, now);
    expect(none.ok ? null : none.errors.endDate).toBe('This schedule has no occurrence between its start and end dates.');
  });

  it('wants a one-off in the future', () => {
    const past = checkPromiseForm(base({ type: 'once', time: '10:30' }), WARSAW, now); // 10:30 < 11:00
    expect(past.ok ? null : past.errors.time).toBe('Please choose a time in the future.');
    expect(checkPromiseForm(base({ type: 'once', time: '11:30' }), WARSAW, now).ok).toBe(true);
  });

  it('checks every-few-weeks and monthly fields', () => {
    const r = checkPromiseForm(base({ type: 'every_n_weeks', interval: 1 }), WARSAW, now);
    expect(r.ok ? null : r.errors.interval).toMatch(/every 2 to 12 weeks/);
    const m = checkPromiseForm(base({ type: 'monthly', dayOfMonth: 31 }), WARSAW, now);
    expect(m.ok && m.schedule).toEqual({ type: 'monthly', time: '19:00', timeZone: WARSAW, startDate: '2026-02-27', dayOfMonth: 31 });
  });

  it('keeps the promise to 280 characters', () => {
    const r = checkPromiseForm(base({ what: 'x'.repeat(281) }), WARSAW, now);
    expect(r.ok ? null : r.errors.what).toMatch(/280 characters/);
  });
});
