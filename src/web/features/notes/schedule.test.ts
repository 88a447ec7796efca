import { describe, expect, it } from 'vitest';
import { formatDate, formatTime } from '../../lib/format.js';
import { addLocalDays, clockAt, dateBounds, defaultPick, deliveryTime, describeWhen, quickPicks, safeZone } from './schedule.js';

const WARSAW = 'Europe/Warsaw';

describe('clockAt and addLocalDays', () => {
  it('reads the wall clock of the given zone, not this device’s', () => {
    // 23:30 UTC on 30 Nov is 00:30 on 1 Dec in Warsaw (UTC+1) and 18:30 on 30 Nov in New York.
    const t = new Date('2026-11-30T23:30:00Z');
    expect(clockAt(t, WARSAW)).toEqual({ date: '2026-12-01', time: '00:30' });
    expect(clockAt(t, 'America/New_York')).toEqual({ date: '2026-11-30', time: '18:30' });
    expect(clockAt(t, 'UTC')).toEqual({ date: '2026-11-30', time: '23:30' });
  });

  it('adds calendar days across months and years', () => {
    expect(addLocalDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addLocalDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addLocalDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('falls back to UTC for a zone the runtime does not know', () => {
    expect(safeZone('Not/AZone')).toBe('UTC');
    expect(safeZone(undefined)).toBe('UTC');
    expect(safeZone(WARSAW)).toBe(WARSAW);
  });
});

describe('deliveryTime', () => {
  const now = new Date('2026-11-25T15:00:00Z'); // 16:00 in Warsaw

  it('turns tomorrow 07:30 on the sender’s clock into UTC', () => {
    expect(deliveryTime('2026-11-26', '07:30', WARSAW, now)).toEqual({ ok: true, deliverAt: '2026-11-26T06:30:00Z', localTime: '07:30', moved: false });
    expect(deliveryTime('2026-11-26', '07:30', 'America/New_York', now)).toMatchObject({ ok: true, deliverAt: '2026-11-26T12:30:00Z' });
  });

  it('moves a time inside the spring-forward gap forward, and says so', () => {
    // 02:30 does not exist in Warsaw on 29 Mar 2026: it becomes 03:30 CEST (01:30Z).
    const r = deliveryTime('2026-03-29', '02:30', WARSAW, new Date('2026-03-28T12:00:00Z'));
    expect(r).toEqual({ ok: true, deliverAt: '2026-03-29T01:30:00Z', localTime: '03:30', moved: true });
  });

  it('takes the first of a repeated hour in autumn', () => {
    // 02:30 happens twice in Warsaw on 25 Oct 2026; the first is 02:30 CEST = 00:30Z.
    expect(deliveryTime('2026-10-25', '02:30', WARSAW, new Date('2026-10-24T12:00:00Z'))).toMatchObject({ ok: true, deliverAt: '2026-10-25T00:30:00Z' });
  });

  it('refuses times that have passed, naming the field', () => {
    expect(deliveryTime('2026-11-25', '15:59', WARSAW, now)).toEqual({ ok: false, field: 'time', message: 'That time has passed. Please choose a time in the future.' });
    expect(deliveryTime('2026-11-25', '16:00', WARSAW, now)).toMatchObject({ ok: false, field: 'time' });
    expect(deliveryTime('2026-11-24', '20:00', WARSAW, now)).toMatchObject({ ok: false, field: 'date' });
    expect(deliveryTime('2026-11-25', '16:01', WARSAW, now)).toMatchObject({ ok: true, deliverAt: '2026-11-25T15:01:00Z' });
  });

  it('refuses missing or malformed input and more than a year ahead', () => {
    expect(deliveryTime('', '07:30', WARSAW, now)).toEqual({ ok: false, field: 'date', message: 'Please choose a day.' });
    expect(deliveryTime('2026-11-26', '', WARSAW, now)).toEqual({ ok: false, field: 'time', message: 'Please choose a time.' });
    expect(deliveryTime('2026-02-30', '07:30', WARSAW, now)).toMatchObject({ ok: false, field: 'date' });
    expect(deliveryTime('2026-11-26', '7:30', WARSAW, now)).toMatchObject({ ok: false, field: 'time' });
    expect(deliveryTime('2027-12-01', '07:30', WARSAW, now)).toMatchObject({ ok: false, field: 'date', message: expect.stringMatching(/up to a year/) });
  });
});

describe('quickPicks', () => {
  it('offers this evening while it is ahead, and tomorrow morning', () => {
    const picks = quickPicks(new Date('2026-11-25T15:00:00Z'), WARSAW);
    expect(picks).toEqual([
      { id: 'this-evening', label: `This evening, ${formatTime('20:00')}`, date: '2026-11-25', time: '20:00' },
      { id: 'tomorrow-morning', label: `Tomorrow morning, ${formatTime('07:30')}`, date: '2026-11-26', time: '07:30' },
    ]);
  });

  it('offers tomorrow evening once this evening has passed', () => {
    const picks = quickPicks(new Date('2026-11-25T20:30:00Z'), WARSAW); // 21:30 in Warsaw
    expect(picks.map((p) => p.id)).toEqual(['tomorrow-morning', 'tomorrow-evening']);
    expect(picks[1]).toMatchObject({ date: '2026-11-26', time: '20:00' });
  });

  it('means tomorrow on the sender’s clock, even when UTC is still on the day before', () => {
    // 23:30 UTC on 25 Nov is already 26 Nov, 08:30 in Tokyo.
    const picks = quickPicks(new Date('2026-11-25T23:30:00Z'), 'Asia/Tokyo');
    expect(picks.find((p) => p.id === 'tomorrow-morning')?.date).toBe('2026-11-27');
    expect(picks.find((p) => p.id === 'this-evening')?.date).toBe('2026-11-26');
  });
});

describe('describeWhen', () => {
  const now = new Date('2026-11-25T15:00:00Z'); // Wednesday, 16:00 in Warsaw

  it('says today, tomorrow, a weekday this week, or a date', () => {
    expect(describeWhen('2026-11-25T19:00:00Z', now, WARSAW)).toBe(`today at ${formatTime('20:00')}`);
    expect(describeWhen('2026-11-26T06:30:00Z', now, WARSAW)).toBe(`tomorrow at ${formatTime('07:30')}`);
    expect(describeWhen('2026-11-28T09:00:00Z', now, WARSAW)).toBe(`on Saturday at ${formatTime('10:00')}`);
    expect(describeWhen('2026-12-09T06:30:00Z', now, WARSAW)).toBe(`on ${formatDate('2026-12-09')} at ${formatTime('07:30')}`);
    expect(describeWhen('2026-11-24T06:30:00Z', now, WARSAW)).toBe(`yesterday at ${formatTime('07:30')}`);
  });

  it('reads each person’s own clock', () => {
    // The same instant is tomorrow 07:30 in Warsaw and 01:30 tomorrow in New York; in Tokyo
    // it is already midnight on the 26th, so it is today there.
    expect(describeWhen('2026-11-26T06:30:00Z', now, 'America/New_York')).toBe(`tomorrow at ${formatTime('01:30')}`);
    expect(describeWhen('2026-11-26T06:30:00Z', now, 'Asia/Tokyo')).toBe(`today at ${formatTime('15:30')}`);
  });

  it('is empty for a time it cannot read', () => {
    expect(describeWhen('not a time', now, WARSAW)).toBe('');
  });
});

describe('defaultPick and dateBounds', () => {
  it('starts at tomorrow morning and allows today to a year ahead', () => {
    const now = new Date('2026-11-25T15:00:00Z');
    expect(defaultPick(now, WARSAW)).toEqual({ date: '2026-11-26', time: '07:30' });
    expect(dateBounds(now, WARSAW)).toEqual({ min: '2026-11-25', max: '2027-11-25' });
  });
});
