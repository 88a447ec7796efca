import { describe, expect, it } from 'vitest';
import { bundledInstrument, BUNDLED_INSTRUMENT_IDS } from '../../../core/questionnaires/index.js';
import type { OpenItem } from '../../../shared/client/index.js';
import { parseContent } from '../../../shared/kinds.js';
import { asCheckinDraft, checkinOn, checkinStart, ownCheckins, trendShares } from './model.js';
import { asQuestionnaireDraft, instrumentStatus, linesOf, makeResult, ownResults, scalePoints, scoreText, summaries, summaryOf } from './results.js';

let n = 0;
const item = (kind: OpenItem['kind'], content: unknown, over: Partial<OpenItem> = {}): OpenItem => {
  n++;
  const at = `2026-03-01T10:00:${String(n).padStart(2, '0')}.000Z`;
  return { id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`, kind, authorId: 'me', coupleId: null, version: 1, createdAt: at, updatedAt: at, state: {}, verified: true, olderFormat: false, rolledBack: false, content: parseContent(kind, content), mine: true, ...over };
};
const checkin = (date: string, v: number) => ({ date, trust: v, safety: v, hope: v, mood: v });

describe('check-ins on the page', () => {
  it('reads only one’s own verified, well-formed check-ins; the later of a day wins', () => {
    const list = [
      item('checkin', checkin('2026-03-02', 4)),
      item('checkin', checkin('2026-03-01', 3)),
      item('checkin', checkin('2026-03-02', 6)),
      item('checkin', checkin('2026-03-03', 9), { mine: false, authorId: 'partner' }),
      item('checkin', checkin('2026-03-03', 9), { verified: false }),
      item('checkin', { date: '2026-03-03', trust: 99 }),
    ];
    const views = ownCheckins(list);
    expect(views.map((v) => v.content.date)).toEqual(['2026-03-01', '2026-03-02', '2026-03-02']);
    expect(checkinOn(views, '2026-03-02')?.content.trust).toBe(6);
    expect(checkinOn(views, '2026-03-03')).toBeUndefined();
  });
  it('starts from a kept draft, else today’s check-in, else the last scores without their note, else the middle', () => {
    const today = { ...checkin('2026-03-02', 7), note: 'ok' };
    const draft = { trust: 1, safety: 2, hope: 3, mood: 4, note: 'typing' };
    expect(checkinStart(draft, today, undefined)).toEqual(draft);
    expect(checkinStart(null, today, undefined)).toEqual({ trust: 7, safety: 7, hope: 7, mood: 7, note: 'ok' });
    expect(checkinStart(null, undefined, today)).toEqual({ trust: 7, safety: 7, hope: 7, mood: 7, note: '' });
    expect(checkinStart(null, undefined, undefined)).toEqual({ trust: 5, safety: 5, hope: 5, mood: 5, note: '' });
  });
  it('restores only drafts that fit the scale', () => {
    expect(asCheckinDraft({ trust: 1, safety: 2, hope: 3, mood: 4 })).toEqual({ trust: 1, safety: 2, hope: 3, mood: 4, note: '' });
    expect(asCheckinDraft({ trust: 11, safety: 2, hope: 3, mood: 4 })).toBeNull();
    expect(asCheckinDraft('x')).toBeNull();
  });
  it('tells one’s own shared trends from the partner’s', () => {
    const share = { from: '2026-02-01', to: '2026-03-01', series: [] };
    const list = [item('trend_share', share), item('trend_share', share, { mine: false, authorId: 'p' }), item('trend_share', { nope: 1 }, { mine: false, authorId: 'p' })];
    expect(trendShares(list, { mine: true })).toHaveLength(1);
    expect(trendShares(list, { authorId: 'p' })).toHaveLength(1);
  });
});

describe('questionnaire results', () => {
  const rel = bundledInstrument(BUNDLED_INSTRUMENT_IDS.relationship)!;
  const forgiveness = bundledInstrument(BUNDLED_INSTRUMENT_IDS.forgiveness)!;
  const allFive = Object.fromEntries(rel.items.map((i) => [i.id, 5]));

  it('keeps the id, version, every answer (skips as null) and the engine’s scores', () => {
    const first = rel.items[0]!.id;
    const r = makeResult(rel, { ...allFive, [first]: undefined }, new Date('2026-03-03T19:00:00Z'));
    expect(r.instrumentId).toBe('mend.relationship-check');
    expect(r.version).toBe(rel.version);
    expect(r.takenOn).toBe('2026-03-03T19:00:00.000Z');
    expect(r.answers[first]).toBeNull();
    expect(Object.keys(r.answers)).toHaveLength(rel.items.length);
    expect(r.scores.answered).toBe(rel.items.length - 1);
    expect(r.scores.total).not.toBeNull();
  });
  it('shares a summary without the answers', () => {
    const r = makeResult(rel, allFive, new Date('2026-03-03T19:00:00Z'));
    const s = summaryOf(r, '00000000-0000-4000-8000-000000000999');
    expect(s).not.toHaveProperty('answers');
    const list = [item('questionnaire_result', r), item('questionnaire_summary', s), item('questionnaire_summary', s, { mine: false, authorId: 'p' })];
    expect(ownResults(list)).toHaveLength(1);
    expect(summaries(list, { mine: true })).toHaveLength(1);
    expect(summaries(list, { authorId: 'p' })).toHaveLength(1);
  });
  it('says due from the engine’s cadence: never taken, then a month after', () => {
    expect(instrumentStatus(rel, [], new Date('2026-03-03T00:00:00Z'))).toEqual({ last: null, due: true, nextDue: null });
    const views = ownResults([item('questionnaire_result', makeResult(rel, allFive, new Date('2026-03-03T19:00:00Z')))]);
    const soon = instrumentStatus(rel, views, new Date('2026-03-20T00:00:00Z'));
    expect(soon.due).toBe(false);
    expect(soon.nextDue?.toISOString()).toBe('2026-04-03T00:00:00.000Z');
    expect(instrumentStatus(rel, views, new Date('2026-04-03T00:00:00Z')).due).toBe(true);
  });
  it('draws a line per score: no total where the instrument has none', () => {
    expect(linesOf(forgiveness, []).map((l) => l.id)).toEqual(['avoidance', 'resentment', 'goodwill']);
    expect(linesOf(rel, []).map((l) => l.id)[0]).toBeNull();
  });
  it('labels every scale point, and restores drafts that fit', () => {
    expect(scalePoints(rel).map((p) => p.label)).toEqual(['Not at all', 'Very little', 'A little', 'Somewhat', 'Quite a bit', 'Very much', 'Completely']);
    const id = rel.items[1]!.id;
    expect(asQuestionnaireDraft(rel, { answers: { [id]: 3, nope: 2, [rel.items[2]!.id]: 9 }, step: 40 })).toEqual({ answers: { [id]: 3 }, step: rel.items.length });
    expect(scoreText(4.56)).toBe('4.6');
    expect(scoreText(null)).toBe('Not enough answers to say');
  });
});
