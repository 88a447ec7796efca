import { describe, expect, it } from 'vitest';
import { formatDate, formatTime } from '../../lib/format.js';
import type { OpenItem } from '../../../shared/client/index.js';
import { emptyForm } from '../scheduled/form.js';
import { checkRitualForm } from './form.js';
import { parseContent, parseState } from '../../../shared/kinds.js';
import { calendarInputs, loggedOccurrences, logsByOccurrence, logsOf, plannedLabel, planViews, plansInOrder, ritualViews } from './model.js';

const WARSAW = 'Europe/Warsaw';
const NOW = new Date('2026-02-27T10:00:00Z'); // Friday 11:00 in Warsaw

let n = 0;
const item = (kind: OpenItem['kind'], content: unknown, state: unknown, extra: Partial<OpenItem> = {}): OpenItem => {
  n++;
  const at = `2026-02-${String(10 + n).padStart(2, '0')}T10:00:00Z`;
  return { id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`, kind, authorId: 'me', coupleId: 'c', version: 1, createdAt: at, updatedAt: at, state: parseState(kind, state), verified: true, olderFormat: false, rolledBack: false, content: parseContent(kind, content), mine: true, ...extra };
};
const fridays = { type: 'weekly', time: '19:00', timeZone: WARSAW, startDate: '2026-02-02', weekdays: ['FR'] } as const;
const plan = { segments: [fridays], status: 'active', remindMinutesBefore: 30 } as const;

describe('checkRitualForm', () => {
  it('checks the name as a ritual’s and the schedule as a promise’s', () => {
    const base = emptyForm(NOW, WARSAW);
    const empty = checkRitualForm(base, WARSAW, NOW);
    expect(empty.ok).toBe(false);
    if (!empty.ok) expect(empty.errors.what).toBe('Name the ritual in a few words.');
    const long = checkRitualForm({ ...base, what: 'x'.repeat(121) }, WARSAW, NOW);
    if (!long.ok) expect(long.errors.what).toMatch(/120 characters/);
    const noDays = checkRitualForm({ ...base, what: 'Coffee', weekdays: [] }, WARSAW, NOW);
    expect(noDays.ok).toBe(false);
    if (!noDays.ok) expect(Object.keys(noDays.errors)).toEqual(['weekdays']);
    const ok = checkRitualForm({ ...base, what: ' Morning coffee ', time: '07:30', keepPrivate: true }, WARSAW, NOW);
    expect(ok).toMatchObject({ ok: true, content: { title: 'Morning coffee' }, schedule: { type: 'weekly', weekdays: ['FR'], time: '07:30' }, remindMinutesBefore: 30, keepPrivate: true });
  });
});

describe('rituals and logs', () => {
  it('reads only verified rituals with a plan, and groups both partners’ logs by time', () => {
    const r = item('ritual', { title: 'Evening walk' }, plan);
    const odd = item('ritual', { title: 'Unverified' }, plan, { verified: false });
    expect(ritualViews([r, odd]).map((v) => v.content.title)).toEqual(['Evening walk']);
    const mine = item('ritual_log', {}, { parentId: r.id, occurrence: '2026-02-20' });
    const theirs = item('ritual_log', { reflection: 'Lovely.' }, { parentId: r.id, occurrence: '2026-02-20' }, { mine: false, authorId: 'partner' });
    const later = item('ritual_log', {}, { parentId: r.id, occurrence: '2026-02-27' });
    const other = item('ritual_log', {}, { parentId: odd.id, occurrence: '2026-02-27' });
    const logs = logsOf(r.id, [later, other, theirs, mine]);
    expect(logs.map((l) => l.item.id)).toEqual([mine.id, theirs.id, later.id]);
    expect(logsByOccurrence(logs).get('2026-02-20')?.length).toBe(2);
    expect(loggedOccurrences(logs)).toEqual(['2026-02-27', '2026-02-20']);
  });
});

describe('activity plans and the calendar inputs', () => {
  it('orders planned by time, then ideas, then done, and puts only planned ones in the calendar', () => {
    const idea = item('activity_plan', { activityId: 'calm-001', status: 'idea' }, {});
    const later = item('activity_plan', { title: 'Salsa class', status: 'planned', plannedFor: { at: '2026-03-20T19:00', timeZone: WARSAW } }, {});
    const sooner = item('activity_plan', { activityId: 'outdoors-003', status: 'planned', plannedFor: { at: '2026-03-07T13:00', timeZone: WARSAW } }, {});
    const done = item('activity_plan', { activityId: 'play-001', status: 'done', reflection: 'Fun.' }, {});
    const broken = item('activity_plan', { status: 'idea' }, {});
    const views = planViews([idea, later, sooner, done, broken]);
    expect(views).toHaveLength(4);
    const ordered = plansInOrder(views);
    expect(ordered.planned.map((v) => v.title)).toEqual(['A picnic in the park', 'Salsa class']);
    expect(ordered.ideas.map((v) => v.title)).toEqual(['Ten quiet minutes side by side']);
    expect(ordered.done.map((v) => v.title)).toEqual(['Board game evening']);

    const r = item('ritual', { title: 'Evening walk' }, { ...plan, status: 'paused' });
    const input = calendarInputs(ritualViews([r]), views);
    expect(input.rituals).toEqual([{ id: r.id, title: 'Evening walk', segments: [fridays], remindMinutesBefore: null }]);
    expect(input.activities.map((a) => [a.title, a.at])).toEqual([
      ['A picnic in the park', '2026-03-07T13:00'],
      ['Salsa class', '2026-03-20T19:00'],
    ]);
  });
  it("reads a plan with the partner's steps on it: a newer time wins, and their 'we did it' makes it done", () => {
    const picnic = item('activity_plan', { activityId: 'outdoors-001', status: 'idea' }, {}, { authorId: 'maya', mine: false });
    const step = (content: unknown, at: string, authorId = 'leo') =>
      item('response', content, { parentId: picnic.id }, { authorId, createdAt: at, updatedAt: at });
    const time = step({ step: 'time', plannedFor: { at: '2026-03-07T15:00', timeZone: WARSAW } }, '2026-03-01T10:00:00Z');
    const [planned] = planViews([picnic], [time]);
    expect(planned).toMatchObject({ content: { status: 'planned', plannedFor: { at: '2026-03-07T15:00' } }, timeBy: 'other', doneBy: null });
    // A later change by the one who made it wins over an older step.
    const remade = { ...picnic, version: 2, updatedAt: '2026-03-02T10:00:00Z', content: parseContent('activity_plan', { activityId: 'outdoors-001', status: 'planned', plannedFor: { at: '2026-03-08T12:00', timeZone: WARSAW } }) };
    expect(planViews([remade], [time])[0]).toMatchObject({ content: { plannedFor: { at: '2026-03-08T12:00' } }, timeBy: 'maker' });
    const [done] = planViews([remade], [time, step({ step: 'done', text: 'Sunny' }, '2026-03-08T15:00:00Z')]);
    expect(done).toMatchObject({ content: { status: 'done', plannedFor: { at: '2026-03-08T12:00' } }, doneBy: 'other' });
    // Steps by the one who made it, on another plan, or unreadable, count for nothing.
    const ignored = [
      step({ step: 'done' }, '2026-03-09T10:00:00Z', 'maya'),
      item('response', { step: 'done' }, { parentId: 'another' }, { authorId: 'leo' }),
      step({ step: 'done', extra: 1 }, '2026-03-09T10:00:00Z'),
      step({ text: 'a plain reflection' }, '2026-03-09T10:00:00Z'),
    ];
    expect(planViews([remade], ignored)[0]).toMatchObject({ content: { status: 'planned' }, doneBy: null });
  });

  it('says a planned time in words', () => {
    expect(plannedLabel('2026-06-13T15:00')).toBe(`${formatDate('2026-06-13')} at ${formatTime('15:00')}`);
  });
});
