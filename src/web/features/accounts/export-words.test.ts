import { describe, expect, it } from 'vitest';
import { buildExport, exportHtml, type ExportableItem } from '../../../core/export/index.js';
import { EXPORT_HTML_OPTIONS, presentExported } from './export-words.js';

const account = { displayName: 'Sam', email: 'sam@example.org', timeZone: 'Europe/Warsaw' };
const item = (over: Partial<ExportableItem>): ExportableItem => ({
  id: crypto.randomUUID(),
  kind: 'reflection',
  createdAt: '2026-11-01T08:00:00Z',
  updatedAt: '2026-11-01T08:00:00Z',
  version: 1,
  mine: true,
  verified: true,
  content: { text: 'mine' },
  ...over,
});
const docOf = (items: ExportableItem[]) => buildExport({ account, partnerName: 'Alex', items, includePartner: true, exportedAt: new Date('2026-12-02T18:45:00Z') });
const promiseId = '11111111-2222-4333-8444-555555555555';

describe('an export in people’s words', () => {
  const doc = docOf([
    item({ kind: 'activity_plan', content: { activityId: 'at_home-002', status: 'planned', plannedFor: { at: '2026-12-05T19:00', timeZone: 'Europe/Warsaw' } } }),
    item({ kind: 'commitment_mark', content: { status: 'missed' }, state: { parentId: promiseId, occurrence: '2026-12-02' } }),
    item({ kind: 'forgiveness_reflection', content: { prompt: 'carrying', text: 'Less than last month.' } }),
    item({ kind: 'stance', content: { stance: 'was_hurt' } }),
    item({ kind: 'reflection', content: { text: 'What I saw' }, state: { section: 'what_happened' } }),
    item({ kind: 'checkin', content: { date: '2026-12-01', trust: 4, safety: 6, hope: 5, mood: 7 } }),
    item({ kind: 'milestone', content: { type: 'chapter', title: 'The first winter' } }),
    item({ kind: 'apology', content: { text: 'I am sorry.', refersTo: promiseId } }),
  ]);
  const html = exportHtml(doc, EXPORT_HTML_OPTIONS);
  const of = (kind: ExportableItem['kind']) => presentExported(doc.items.find((i) => i.kind === kind)!, doc);
  const text = html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

  it('shows no stored codes, ids or field names', () => {
    for (const raw of ['at_home-002', 'Activity id', 'Status', ' missed', 'Prompt', ' carrying ', 'was_hurt', 'Stance', promiseId, 'Refers to', 'Type chapter']) expect(text).not.toContain(raw);
  });

  it('says each field as the app says it', () => {
    const activity = of('activity_plan');
    expect(activity[0]).toMatchObject({ label: 'Activity' });
    expect(activity[0]!.text).not.toMatch(/at_home/);
    expect(activity).toContainEqual({ label: 'Where it stands', text: 'Planned' });
    expect(of('commitment_mark')).toContainEqual({ label: 'How it went', text: 'Missed' });
    expect(of('forgiveness_reflection')).toEqual([{ label: 'What am I still carrying?', text: 'Less than last month.' }]);
    expect(of('stance')).toEqual([{ label: 'Where I stand', text: 'I was hurt' }]);
    expect(of('reflection')).toEqual([{ label: 'What happened', text: 'What I saw' }]);
    expect(of('checkin')).toContainEqual({ label: 'Trust', text: '4 of 10' });
    expect(of('milestone')).toEqual([{ label: 'A chapter closed together', text: 'The first winter' }]);
    expect(of('apology')).toEqual([{ label: null, text: 'I am sorry.' }]);
  });

  it('reads a kind it has no words for through its own fields, codes as words', () => {
    const odd = docOf([item({ kind: 'conversation', content: { topic: 'evenings', mood_now: 'rather_tired', id: promiseId } })]);
    expect(presentExported(odd.items[0]!, odd)).toEqual([{ label: 'Topic', text: 'evenings' }]);
    const other = docOf([item({ kind: 'hard_moment', content: { text: 'hard', feeling: 'very_low' } })]);
    expect(presentExported(other.items[0]!, other)).toEqual([
      { label: 'Text', text: 'hard' },
      { label: 'Feeling', text: 'Very low' },
    ]);
  });
});
