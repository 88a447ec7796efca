import { describe, expect, it } from 'vitest';
import { addDays, daysToShow, entriesNewestFirst, latestPerDay, relativeDay, repliesTo } from './days.js';

const ANA = 'ana';
const BEN = 'ben';
const TODAY = '2026-11-25';

const entry = (id: string, writtenOn: string, createdAt: string) => ({ id, createdAt, content: { text: id, writtenOn } });
const share = (id: string, authorId: string, day: string, createdAt: string, high = id) => ({ id, authorId, createdAt, content: { high, low: '', day } });

describe('days', () => {
  it('adds calendar days across months and years', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('names today and yesterday, and other days by date', () => {
    expect(relativeDay(TODAY, TODAY)).toBe('Today');
    expect(relativeDay('2026-11-24', TODAY)).toBe('Yesterday');
    expect(relativeDay('2026-11-20', TODAY)).toMatch(/20/);
  });
});

describe('entriesNewestFirst', () => {
  it('orders by the day an entry is about, then by when it was written', () => {
    const list = [
      entry('older-day', '2026-11-20', '2026-11-25T10:00:00.000Z'),
      entry('today-early', TODAY, '2026-11-25T08:00:00.000Z'),
      entry('today-late', TODAY, '2026-11-25T09:00:00.000Z'),
      { id: 'unreadable', createdAt: '2026-11-22T09:00:00.000Z', content: null },
    ];
    expect(entriesNewestFirst(list).map((e) => e.id)).toEqual(['today-late', 'today-early', 'unreadable', 'older-day']);
  });
});

describe('latestPerDay and daysToShow', () => {
  const list = [
    share('a1', ANA, TODAY, '2026-11-25T08:00:00.000Z'),
    share('a2', ANA, TODAY, '2026-11-25T18:00:00.000Z'),
    share('a3', ANA, '2026-11-23', '2026-11-23T20:00:00.000Z'),
    share('a-old', ANA, '2026-11-01', '2026-11-01T20:00:00.000Z'),
    share('b1', BEN, TODAY, '2026-11-25T19:00:00.000Z'),
    { id: 'broken', authorId: ANA, createdAt: '2026-11-25T23:00:00.000Z', content: { high: '', low: '', day: TODAY } },
  ];

  it('keeps the latest share of each day, per author, latest day first', () => {
    expect(latestPerDay(list, ANA).map((d) => [d.day, d.item.id])).toEqual([
      [TODAY, 'a2'],
      ['2026-11-23', 'a3'],
      ['2026-11-01', 'a-old'],
    ]);
    expect(latestPerDay(list, BEN).map((d) => d.item.id)).toEqual(['b1']);
  });

  it('shows today apart from the recent days, and leaves out older ones', () => {
    const shown = daysToShow(list, ANA, TODAY);
    expect(shown.today?.item.id).toBe('a2');
    expect(shown.earlier.map((d) => d.item.id)).toEqual(['a3']);
    expect(daysToShow(list, ANA, '2026-11-26').today).toBeNull();
  });

  it('counts a partner already on tomorrow as today', () => {
    const ahead = [share('t', BEN, '2026-11-26', '2026-11-25T23:30:00.000Z')];
    expect(daysToShow(ahead, BEN, TODAY).today?.item.id).toBe('t');
  });
});

describe('repliesTo', () => {
  it('finds one author’s replies to one item, oldest first', () => {
    const acks = [
      { id: 'r2', authorId: BEN, state: { parentId: 'e1' }, createdAt: '2026-11-25T10:00:00.000Z' },
      { id: 'r1', authorId: BEN, state: { parentId: 'e1' }, createdAt: '2026-11-25T09:00:00.000Z' },
      { id: 'r3', authorId: ANA, state: { parentId: 'e1' }, createdAt: '2026-11-25T09:30:00.000Z' },
      { id: 'r4', authorId: BEN, state: { parentId: 'e2' }, createdAt: '2026-11-25T09:30:00.000Z' },
    ];
    expect(repliesTo(acks, 'e1', BEN).map((a) => a.id)).toEqual(['r1', 'r2']);
    expect(repliesTo(acks, 'e1', null)).toEqual([]);
  });
});
