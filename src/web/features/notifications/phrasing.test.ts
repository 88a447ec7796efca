import { describe, expect, it } from 'vitest';
import { ITEM_KINDS, PRIVATE_ONLY_KINDS, type ItemKind } from '../../../shared/kinds.js';
import { badgeText, bellLabel, newestFirst, notificationHref, notificationText, ownWords, shorten } from './phrasing.js';

const partner = (itemKind: ItemKind | null) => ({ type: 'partner' as const, itemKind });

describe('notificationText', () => {
  it('phrases what the partner shared by its kind', () => {
    expect(notificationText(partner('note'))).toBe('Your partner sent you a note');
    expect(notificationText(partner('appreciation'))).toBe('Your partner appreciated something you did');
    expect(notificationText(partner('acknowledgment'))).toBe('Your partner noticed something you kept');
    expect(notificationText(partner('commitment'))).toBe('Your partner made a commitment');
    expect(notificationText(partner('commitment_mark'))).toBe('Your partner marked a commitment');
    expect(notificationText(partner('apology'))).toBe('Your partner wrote to you about what happened');
    expect(notificationText(partner('hard_moment'))).toBe('Your partner let you know they’re having a hard moment');
    expect(notificationText(partner(null))).toBe('Your partner shared something with you');
  });

  it('shows a reminder in the commitment’s own words when they could be read', () => {
    expect(notificationText({ type: 'reminder', itemKind: 'commitment' }, { words: 'Date night: the Italian place' })).toBe('Coming up: Date night: the Italian place');
    expect(notificationText({ type: 'reminder', itemKind: 'commitment' }, { words: null })).toBe('Coming up: one of your commitments');
    expect(notificationText({ type: 'reminder', itemKind: 'commitment' }, { words: '   ' })).toBe('Coming up: one of your commitments');
    expect(notificationText({ type: 'reminder', itemKind: 'commitment' })).toBe('Coming up: one of your commitments');
  });

  it('says what an answer answers, when the answered item could be opened', () => {
    const ack = partner('acknowledgment');
    expect(notificationText(ack, { parentKind: 'commitment_mark' })).toBe('Your partner noticed something you kept');
    expect(notificationText(ack, { parentKind: 'note' })).toBe('Your partner answered your note');
    expect(notificationText(ack, { parentKind: 'reflection' })).toBe('Your partner answered something you shared');
    expect(notificationText(ack, { parentKind: null })).toBe('Your partner noticed something you kept');
    expect(notificationHref({ itemKind: 'acknowledgment' }, { parentKind: 'note' })).toBe('/practices/notes');
    expect(notificationHref({ itemKind: 'acknowledgment' }, { parentKind: 'commitment_mark' })).toBe('/practices/promises');
    expect(notificationHref({ itemKind: 'acknowledgment' }, { parentKind: 'apology' })).toBe('/practices/apologize');
  });

  it('never names a kind of hurt or the partner in any phrase (SAFE-06)', () => {
    const banned = /apolog|affair|therapist|mood|cheat|sorry|trigger/i;
    for (const kind of Object.keys(ITEM_KINDS) as ItemKind[]) {
      expect(notificationText(partner(kind))).not.toMatch(banned);
      expect(notificationText({ type: 'reminder', itemKind: kind })).not.toMatch(banned);
    }
  });
});

describe('the journal and share your day (practice 5)', () => {
  it('says what was shared or answered, and opens the journal', () => {
    expect(notificationText(partner('journal_entry'))).toBe('Your partner shared a journal entry with you');
    expect(notificationText(partner('day_share'))).toBe('Your partner shared their day');
    expect(notificationText(partner('acknowledgment'), { parentKind: 'journal_entry' })).toBe('Your partner answered your journal entry');
    expect(notificationText(partner('acknowledgment'), { parentKind: 'day_share' })).toBe('Your partner answered your day');
    expect(notificationHref({ itemKind: 'journal_entry' })).toBe('/practices/closeness/journal');
    expect(notificationHref({ itemKind: 'day_share' })).toBe('/practices/closeness/journal');
    expect(notificationHref({ itemKind: 'acknowledgment' }, { parentKind: 'day_share' })).toBe('/practices/closeness/journal');
  });
});

describe('notificationHref', () => {
  it('links each kind to the page where it lives', () => {
    const cases: [ItemKind | null, string][] = [
      ['commitment', '/practices/promises'],
      ['commitment_mark', '/practices/promises'],
      ['appreciation', '/practices/promises'],
      ['note', '/practices/notes'],
      ['reflection', '/practices/understand'],
      ['apology', '/practices/apologize'],
      ['impact_letter', '/practices/apologize'],
      ['response', '/practices/apologize'],
      ['question', '/practices/understand/questions'],
      ['disclosure', '/practices/understand/questions'],
      ['hard_moment', '/moments'],
      ['acknowledgment', '/today'],
      ['prompt_answer', '/practices/closeness'],
      [null, '/today'],
    ];
    for (const [itemKind, href] of cases) expect(notificationHref({ itemKind }), String(itemKind)).toBe(href);
  });
});

describe('bell and list helpers', () => {
  it('names the bell with its count, and caps the badge', () => {
    expect(bellLabel(0)).toBe('Notifications');
    expect(bellLabel(2)).toBe('Notifications, 2 unread');
    expect(badgeText(7)).toBe('7');
    expect(badgeText(150)).toBe('99+');
  });

  it('orders newest first', () => {
    const list = [{ createdAt: '2026-11-25T10:00:00.000Z' }, { createdAt: '2026-11-25T12:00:00.000Z' }, { createdAt: '2026-11-24T12:00:00.000Z' }];
    expect(newestFirst(list).map((n) => n.createdAt.slice(8, 13))).toEqual(['25T12', '25T10', '24T12']);
  });

  it('shortens long words on a word boundary', () => {
    expect(shorten('Walk together after dinner')).toBe('Walk together after dinner');
    const long = shorten('word '.repeat(60), 30);
    expect(long.length).toBeLessThanOrEqual(30);
    expect(long.endsWith('…')).toBe(true);
  });

  it('finds the own words of a commitment defensively', () => {
    expect(ownWords({ what: 'Call at lunch', note: 'It matters to her' })).toBe('Call at lunch');
    expect(ownWords({ text: 'Call at lunch' })).toBe('Call at lunch');
    expect(ownWords({ title: 'Friday walk' })).toBe('Friday walk');
    expect(ownWords({ text: 42 })).toBeNull();
    expect(ownWords(null)).toBeNull();
  });

  it('tells the owner what happened to their account, without any partner wording, and opens Settings', () => {
    for (const detail of ['new_device', 'password_changed', 'password_recovered'] as const) {
      const text = notificationText({ type: 'security', itemKind: null, detail });
      expect(text).not.toMatch(/partner/i);
      expect(notificationHref({ type: 'security', itemKind: null })).toBe('/settings');
    }
    expect(notificationText({ type: 'security', itemKind: null, detail: 'new_device' })).toMatch(/new device/);
  });

  it('says what kind of thing arrived for every kind a partner can share (issue 12), and where it lives', () => {
    const neverShared: ItemKind[] = [...PRIVATE_ONLY_KINDS];
    const lines = new Set<string>();
    for (const itemKind of (Object.keys(ITEM_KINDS) as ItemKind[]).filter((k) => !neverShared.includes(k))) {
      const text = notificationText({ type: 'partner', itemKind });
      expect(text, itemKind).not.toBe('Your partner shared something with you');
      lines.add(text);
      // A short answer lives with what it answers (its own page comes from the parent).
      if (itemKind !== 'acknowledgment') expect(notificationHref({ type: 'partner', itemKind }), itemKind).not.toBe('/today');
    }
    // A hard moment never reads like a journal entry: every kind has its own line.
    expect(lines.size).toBe(Object.keys(ITEM_KINDS).length - neverShared.length);
  });

  it('says what a longer answer answers, when the reader could open their own item', () => {
    const response = { type: 'partner' as const, itemKind: 'response' as const };
    expect(notificationText(response, { parentKind: 'question' })).toBe('Your partner answered your question');
    expect(notificationText(response, { parentKind: 'hard_moment' })).toBe('Your partner replied to your hard moment');
    expect(notificationText(response, { parentKind: 'impact_letter' })).toBe('Your partner wrote what they heard in your letter');
    expect(notificationText(response)).toBe('Your partner answered something you shared');
    expect(notificationHref(response, { parentKind: 'question' })).toBe('/practices/understand/questions');
    expect(notificationHref(response, { parentKind: 'hard_moment' })).toBe('/moments');
  });

  it('names every shareable kind built so far and opens its own page', () => {
    const kinds = ['ritual', 'ritual_log', 'activity_plan', 'agreement', 'agreement_response', 'conversation', 'conversation_prep', 'milestone', 'forgiveness_reflection', 'trend_share', 'questionnaire_summary'] as const;
    for (const itemKind of kinds) {
      expect(notificationText({ type: 'partner', itemKind })).not.toBe('Your partner shared something with you');
      expect(notificationHref({ type: 'partner', itemKind })).toMatch(/^\/practices\//);
    }
    expect(notificationText({ type: 'partner', itemKind: 'acknowledgment' }, { parentKind: 'ritual_log' })).toBe('Your partner confirmed you did it together');
  });
});
