import { describe, expect, it } from 'vitest';
import { asFormValues, emptyForm, formFromSchedule, remindMinutes, scheduleFromForm, type ScheduleFormValues } from './form.js';

const WARSAW = 'Europe/Warsaw';
const now = new Date('2026-02-27T10:00:00Z'); // Friday 11:00 in Warsaw
const base = (over: Partial<ScheduleFormValues> = {}): ScheduleFormValues => ({ ...emptyForm(now, WARSAW), what: 'Call if I am running late', ...over });

describe('emptyForm', () => {
  it('starts weekly on today’s weekday, from today, with a 30-minute reminder, shared', () => {
    expect(emptyForm(now, WARSAW)).toMatchObject({ type: 'weekly', date: '2026-02-27', weekdays: ['FR'], dayOfMonth: 27, remind: '30', keepPrivate: false });
  });
});

describe('round trips', () => {
  it('fills the form from a stored schedule and builds the same schedule back', () => {
    const s = { type: 'every_n_weeks', time: '07:30', timeZone: WARSAW, startDate: '2026-03-02', weekdays: ['MO', 'TH'], interval: 3, endDate: '2026-06-30' } as const;
    const v = formFromSchedule(base(), s, 60);
    expect(v).toMatchObject({ remind: '60', date: '2026-03-02', interval: 3, endDate: '2026-06-30' });
    expect(scheduleFromForm(v, WARSAW)).toEqual(s);
    const once = formFromSchedule(base(), { type: 'once', at: '2026-03-01T08:15', timeZone: WARSAW }, null);
    expect(once).toMatchObject({ type: 'once', date: '2026-03-01', time: '08:15', remind: 'none' });
  });

  it('reads a draft back defensively', () => {
    const b = base();
    expect(asFormValues(null, b)).toBeNull();
    expect(asFormValues({ what: 'Walk together', type: 'sometimes', weekdays: ['XX', 'SA'], interval: 'two', keepPrivate: true }, b)).toMatchObject({
      what: 'Walk together',
      type: 'weekly',
      weekdays: ['SA'],
      interval: 2,
      keepPrivate: true,
    });
  });

  it('turns the reminder choice into minutes', () => {
    expect(remindMinutes('none')).toBeNull();
    expect(remindMinutes('1440')).toBe(1440);
    expect(remindMinutes('junk')).toBe(30);
  });
});
