import { parseContent } from '../../../shared/kinds.js';
import { describe, expect, it } from 'vitest';
import { arrivalOf, asNoteDraft, byArrivalNewestFirst, byArrivalSoonestFirst, deliverAtOf, editedNoteId, stageOf, strandedEdits } from './content.js';

const now = new Date('2026-11-25T15:00:00Z');
const PARTNER = '6f1c8f3e-1111-4aaa-8bbb-000000000001';

describe('note content and drafts', () => {
  it('accepts only a text, trimmed to the limit', () => {
    expect(parseContent('note', { text: 'See you at seven.' })).toEqual({ text: 'See you at seven.' });
    expect(parseContent('note', { text: 'x'.repeat(2100) })?.text).toHaveLength(2000);
    expect(parseContent('note', { words: 'hi' })).toBeNull();
    expect(parseContent('note', null)).toBeNull();
  });

  it('restores a draft with sane defaults', () => {
    expect(asNoteDraft({ text: 'Hi', when: 'later', date: '2026-11-26', time: '07:30' })).toEqual({ text: 'Hi', when: 'later', date: '2026-11-26', time: '07:30' });
    expect(asNoteDraft({ text: 'Hi', when: 'soon' })).toEqual({ text: 'Hi', when: 'now', date: '', time: '' });
    expect(asNoteDraft('Hi')).toBeNull();
  });
});

describe('stageOf', () => {
  const shared = { sharedWith: [PARTNER], createdAt: '2026-11-25T10:00:00Z' };
  it('is unsent until shared with the current partner', () => {
    const made = { createdAt: '2026-11-25T10:00:00Z' };
    expect(stageOf({ state: { deliverAt: null }, ...made }, PARTNER, now)).toBe('unsent');
    expect(stageOf({ state: { deliverAt: null }, sharedWith: ['someone-else'], ...made }, PARTNER, now)).toBe('unsent');
    expect(stageOf({ state: { deliverAt: null }, ...shared }, null, now)).toBe('unsent');
  });

  it('is scheduled while its time is ahead, delivered after', () => {
    expect(stageOf({ state: { deliverAt: '2026-11-26T06:30:00Z' }, ...shared }, PARTNER, now)).toBe('scheduled');
    expect(stageOf({ state: { deliverAt: '2026-11-25T14:59:00Z' }, ...shared }, PARTNER, now)).toBe('delivered');
    expect(stageOf({ state: { deliverAt: null }, ...shared }, PARTNER, now)).toBe('delivered');
  });

  it('after the couple space ended: sent if it had reached the partner, never "not sent yet" otherwise (issue 12)', () => {
    const old = { state: { deliverAt: null }, createdAt: '2026-11-20T10:00:00Z', sharedWith: [], coupleId: 'c-old' };
    expect(stageOf({ ...old, sharedUntil: '2026-11-24T10:00:00Z' }, null, now, { coupleId: null })).toBe('past');
    expect(stageOf(old, null, now, { coupleId: null })).toBe('stranded');
    expect(stageOf(old, PARTNER, now, { coupleId: 'c-new' })).toBe('stranded');
    // A note made in the current space and not shared is simply not sent yet.
    expect(stageOf({ ...old, coupleId: 'c-new' }, PARTNER, now, { coupleId: 'c-new' })).toBe('unsent');
  });

  it('is held while the partner has asked for some space, when its time came during it (issue 12)', () => {
    const space = { since: '2026-11-25T09:00:00Z', until: '2026-11-26T09:00:00Z' };
    expect(stageOf({ state: { deliverAt: null }, ...shared }, PARTNER, now, { partnerSpace: space })).toBe('held');
    expect(stageOf({ state: { deliverAt: '2026-11-25T20:00:00Z' }, ...shared }, PARTNER, now, { partnerSpace: space })).toBe('held');
    // Sent before the space began: it had already arrived. Due after it ends: scheduled as chosen.
    expect(stageOf({ state: { deliverAt: null }, ...shared, createdAt: '2026-11-25T08:00:00Z' }, PARTNER, now, { partnerSpace: space })).toBe('delivered');
    expect(stageOf({ state: { deliverAt: '2026-11-27T06:00:00Z' }, ...shared }, PARTNER, now, { partnerSpace: space })).toBe('scheduled');
    // Once the space is over, what it held has arrived.
    expect(stageOf({ state: { deliverAt: null }, ...shared }, PARTNER, new Date('2026-11-26T10:00:00Z'), { partnerSpace: space })).toBe('delivered');
  });
});

describe('arrival order', () => {
  const a = { id: 'a', state: { deliverAt: '2026-11-26T06:30:00Z' }, createdAt: '2026-11-25T10:00:00.000Z' };
  const b = { id: 'b', state: { deliverAt: null }, createdAt: '2026-11-25T12:00:00.000Z' };
  const c = { id: 'c', state: { deliverAt: '2026-11-25T19:00:00Z' }, createdAt: '2026-11-25T09:00:00.000Z' };

  it('uses deliverAt, or creation for a note sent at once', () => {
    expect(arrivalOf(a)).toBe('2026-11-26T06:30:00Z');
    expect(arrivalOf(b)).toBe('2026-11-25T12:00:00.000Z');
    expect(deliverAtOf({ state: { deliverAt: 'garbage' } })).toBeNull();
    expect(deliverAtOf({ state: null })).toBeNull();
  });

  it('sorts newest or soonest first', () => {
    expect(byArrivalNewestFirst([a, b, c]).map((n) => n.id)).toEqual(['a', 'c', 'b']);
    expect(byArrivalSoonestFirst([a, b, c]).map((n) => n.id)).toEqual(['b', 'c', 'a']);
  });
});

describe('strandedEdits', () => {
  it('gathers edits of notes that can no longer change into one new note, and leaves the rest', () => {
    const drafts = new Map<string, unknown>([
      ['note:new', { text: 'A new one', when: 'now', date: '', time: '' }],
      ['note:edit:a', { text: 'Still scheduled', when: 'later', date: '2026-11-26', time: '07:30' }],
      ['note:edit:b', { text: 'Arrived already', when: 'later', date: '2026-11-25', time: '07:30' }],
      ['note:edit:c', { text: '  ', when: 'later', date: '', time: '' }],
    ]);
    expect(strandedEdits(drafts, (id) => id === 'a')).toEqual({
      draft: { text: 'Arrived already', when: 'now', date: '', time: '' },
      fromKeys: ['note:edit:b', 'note:edit:c'],
    });
    expect(strandedEdits(drafts, () => true)).toBeNull();
    expect(editedNoteId('note:edit:a')).toBe('a');
    expect(editedNoteId('note:new')).toBeNull();
  });
});
