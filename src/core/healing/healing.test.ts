import { parseContent } from '../../shared/kinds.js';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  averagePoints,
  CHECKIN_NOTE_MAX,
  checkinContent,
  checkinContentSchema,
  dateRange,
  daysBetween,
  describeMovement,
  describeTogether,
  lineRuns,
  quietSpans,
  timeline,
  trendSummary,
  weekMovement,
  type DatedScores,
} from './index.js';

const day = (date: string, v: number, over: Partial<DatedScores> = {}): DatedScores => ({ date, trust: v, safety: v, hope: v, mood: v, ...over });

describe('check-in content', () => {
  it('takes four whole scores from 0 to 10 on a real date, and an optional note', () => {
    const ok = { date: '2026-03-14', trust: 0, safety: 10, hope: 5, mood: 7 };
    expect(parseContent('checkin', ok)).toEqual(ok);
    expect(parseContent('checkin', { ...ok, note: ' a hard evening ' })).toEqual({ ...ok, note: 'a hard evening' });
    expect(parseContent('checkin', { ...ok, trust: 11 })).toBeNull();
    expect(parseContent('checkin', { ...ok, hope: 4.5 })).toBeNull();
    expect(parseContent('checkin', { ...ok, mood: -1 })).toBeNull();
    expect(parseContent('checkin', { ...ok, date: '2026-02-30' })).toBeNull();
    expect(parseContent('checkin', { ...ok, extra: true })).toBeNull();
    expect(parseContent('checkin', { date: '2026-03-14', trust: 3 })).toBeNull();
  });
  it('says what is wrong in plain words', () => {
    const r = checkinContentSchema.safeParse({ date: '2026-03-14', trust: 3, safety: 3, hope: 3, mood: 3, note: 'x'.repeat(CHECKIN_NOTE_MAX + 1) });
    expect(r.error?.issues[0]?.message).toBe('Keep the note to 1000 characters.');
    const s = checkinContentSchema.safeParse({ date: '2026-03-14', trust: 'a', safety: 3, hope: 3, mood: 3 });
    expect(s.error?.issues[0]?.message).toBe('Choose a number from 0 to 10 for trust.');
  });
  it('leaves a blank note out', () => {
    expect(checkinContent('2026-03-14', { trust: 1, safety: 2, hope: 3, mood: 4 }, '   ')).toEqual({ date: '2026-03-14', trust: 1, safety: 2, hope: 3, mood: 4 });
    expect(checkinContent('2026-03-14', { trust: 1, safety: 2, hope: 3, mood: 4 }, ' ok ').note).toBe('ok');
  });
});

describe('dates', () => {
  it('counts whole days across month ends, leap days and clock changes', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(dateRange('2026-10-24', '2026-10-26')).toEqual(['2026-10-24', '2026-10-25', '2026-10-26']);
    expect(dateRange('2026-10-26', '2026-10-24')).toEqual([]);
  });
});

describe('timeline', () => {
  it('shows 30 days ending today, with the 7-day average only on days with a check-in', () => {
    const t = timeline([day('2026-03-10', 4), day('2026-03-12', 6), day('2026-03-14', 8)], '2026-03-14');
    expect(t).toHaveLength(30);
    expect(t[0]?.date).toBe('2026-02-13');
    expect(t.at(-1)?.date).toBe('2026-03-14');
    const at = (d: string) => t.find((x) => x.date === d);
    expect(at('2026-03-11')).toEqual({ date: '2026-03-11', checkin: null, average: null });
    expect(at('2026-03-12')?.average?.hope).toBe(5);
    expect(at('2026-03-14')?.average?.hope).toBe(6);
  });
  it('counts check-ins from before the 30 days in the first averages, and the latest of a day wins', () => {
    const t = timeline([day('2026-02-10', 2), day('2026-02-13', 4), day('2026-02-13', 6)], '2026-03-14');
    expect(t[0]?.checkin?.trust).toBe(6);
    expect(t[0]?.average?.trust).toBe(4);
  });
  it('averages each measure on its own', () => {
    const t = timeline([day('2026-03-13', 2, { mood: 9 }), day('2026-03-14', 4, { mood: 1 })], '2026-03-14');
    expect(t.at(-1)?.average).toEqual({ trust: 3, safety: 3, hope: 3, mood: 5 });
  });
  it('breaks the line across a week with no check-in, never drawing over it', () => {
    const t = timeline([day('2026-02-20', 3), day('2026-02-24', 5), day('2026-03-05', 7), day('2026-03-06', 7)], '2026-03-14');
    const runs = lineRuns(averagePoints(t, 'trust'));
    expect(runs.map((r) => r.map((p) => p.date))).toEqual([['2026-02-20', '2026-02-24'], ['2026-03-05', '2026-03-06']]);
    // Seven days apart is still within a week's window: joined.
    expect(lineRuns([{ date: '2026-03-01', value: 1 }, { date: '2026-03-08', value: 2 }])).toHaveLength(1);
    expect(lineRuns([{ date: '2026-03-01', value: 1 }, { date: '2026-03-09', value: 2 }])).toHaveLength(2);
    expect(lineRuns([])).toEqual([]);
  });
  it('finds the quiet spans of three days or more', () => {
    const t = timeline([day('2026-03-01', 3), day('2026-03-03', 3), day('2026-03-10', 3)], '2026-03-12');
    expect(quietSpans(t).filter(([a]) => a >= '2026-03-01')).toEqual([
      ['2026-03-04', '2026-03-09'],
    ]);
    expect(quietSpans(t).at(0)).toEqual(['2026-02-11', '2026-02-28']);
    // Two quiet days at the end aren't a span worth naming.
    expect(quietSpans(t).some(([a]) => a === '2026-03-11')).toBe(false);
  });
});

describe('a shared trend', () => {
  // 2026-03-14 is a Saturday: the last whole week is Mon 2 Mar to Sun 8 Mar.
  const week = [day('2026-03-02', 4), { ...day('2026-03-04', 7), note: 'private words' }, day('2026-03-06', 6)];

  it('holds whole-week averages, rounded, dated by their Sunday, and the words — never a day, never a note', () => {
    const s = trendSummary(week, '2026-03-14', '  Some better days.  ');
    expect(s).not.toBeNull();
    expect(s!.from).toBe('2026-02-09');
    expect(s!.to).toBe('2026-03-08');
    expect(s!.per).toBe('week');
    expect(s!.words).toBe('Some better days.');
    expect(s!.series.map((p) => [p.date, p.trust])).toEqual([['2026-03-08', 5.7]]);
    expect(JSON.stringify(s)).not.toContain('private');
    expect(Object.keys(s!.series[0] ?? {}).sort()).toEqual(['date', 'hope', 'mood', 'safety', 'trust']);
    expect(trendSummary(week, '2026-03-14')).not.toHaveProperty('words');
  });

  it('shares nothing from a single check-in, or from any week with fewer than three', () => {
    expect(trendSummary([day('2026-03-14', 8)], '2026-03-14')).toBeNull();
    expect(trendSummary([day('2026-03-02', 8), day('2026-03-03', 2)], '2026-03-14')).toBeNull();
    // A thin week is left out; a full one beside it is shared.
    const s = trendSummary([...week, day('2026-02-24', 1), day('2026-02-25', 1)], '2026-03-14');
    expect(s!.series.map((p) => p.date)).toEqual(['2026-03-08']);
  });

  it('never shares the week still going on, so two shares cannot be subtracted to find a day', () => {
    const thisWeek = [day('2026-03-09', 3), day('2026-03-10', 9), day('2026-03-11', 5)];
    expect(trendSummary(thisWeek, '2026-03-15')).toBeNull(); // Sunday: the week ends today, not yet over.
    const monday = trendSummary(thisWeek, '2026-03-16');
    expect(monday!.series).toEqual([{ date: '2026-03-15', trust: 5.7, safety: 5.7, hope: 5.7, mood: 5.7 }]);
    // Shared again later in the week, the same whole weeks give the same points.
    const friday = trendSummary([...thisWeek, day('2026-03-20', 10)], '2026-03-20');
    expect(friday!.series).toEqual(monday!.series);
  });

  it('no day of a shared trend can be read back by subtracting one point from another', () => {
    // Any check-ins over eight weeks: every point averages at least three days, and no two points share a day.
    const many = dateRange('2026-01-05', '2026-03-01').filter((_, i) => i % 2 === 0).map((d, i) => day(d, i % 11));
    const s = trendSummary(many, '2026-03-04')!;
    expect(s.series.length).toBe(4);
    const dates = s.series.map((p) => p.date);
    for (const [a, b] of dates.slice(1).map((d, i) => [dates[i]!, d] as const)) expect(daysBetween(a, b)).toBe(7);
    for (const p of s.series) {
      const days = many.filter((c) => c.date > addDays(p.date, -7) && c.date <= p.date);
      expect(days.length).toBeGreaterThanOrEqual(3);
    }
  });

  it('reads back only what a summary holds, and the older 7-day shares too', () => {
    const s = trendSummary(week, '2026-03-14', 'ok')!;
    expect(parseContent('trend_share', s)).toEqual(s);
    expect(parseContent('trend_share', { ...s, notes: ['x'] })).toBeNull();
    expect(parseContent('trend_share', { ...s, per: 'day' })).toBeNull();
    expect(parseContent('trend_share', { ...s, series: [{ date: '2026-03-14', trust: 11, safety: 1, hope: 1, mood: 1 }] })).toBeNull();
    const { per: _per, ...older } = s;
    expect(parseContent('trend_share', older)).toEqual(older);
    expect(parseContent('trend_share', null)).toBeNull();
  });
});

describe('how a measure moved', () => {
  const to = '2026-03-14';
  it('compares the latest 7-day average this week with the one the week before', () => {
    expect(weekMovement([{ date: '2026-03-05', value: 4 }, { date: '2026-03-13', value: 6 }], to).movement).toBe('rising');
    expect(weekMovement([{ date: '2026-03-05', value: 6 }, { date: '2026-03-13', value: 4 }], to).movement).toBe('falling');
    expect(weekMovement([{ date: '2026-03-05', value: 5 }, { date: '2026-03-13', value: 5.5 }], to).movement).toBe('steady');
    expect(weekMovement([{ date: '2026-03-13', value: 5 }], to).movement).toBe('early');
    expect(weekMovement([{ date: '2026-02-20', value: 5 }], to)).toEqual({ movement: 'quiet', recent: null, previous: null });
  });
  it('describes without grading; a harder week is part of healing', () => {
    expect(describeMovement('hope', 'rising')).toBe('Your hope has been rising over the last week.');
    expect(describeMovement('hope', 'falling')).toBe("A harder week for your hope — that's part of healing, not a step back.");
    expect(describeMovement('safety', 'steady', 'Maya')).toBe("Maya's sense of safety has stayed about the same this week. Steady is part of healing too.");
    expect(describeMovement('trust', 'quiet', 'Maya')).toBe('No check-ins from Maya in the last week of this summary.');
    expect(describeTogether('early')).toBe("It's early days. After another week of check-ins, you'll start to see how things are moving.");
    expect(describeTogether('early', 'Maya')).toMatch(/^It's early days for Maya's trend\./);
    expect(describeTogether('quiet', 'Maya')).toBe('No check-ins from Maya in the last week of this summary.');
    for (const m of ['rising', 'falling', 'steady', 'early', 'quiet'] as const) {
      const words = describeMovement('mood', m);
      expect(words).not.toMatch(/!|good job|well done|bad|fail|behind|streak/i);
    }
  });
});
