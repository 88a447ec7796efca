import { parseContent } from '../../../shared/kinds.js';
import { describe, expect, it } from 'vitest';
import { formatDate } from '../../lib/format.js';
import { DECKS, PROMPTS } from '../../../core/prompts/index.js';
import {
  answerDraftKey,
  asAnswerDraft,
  dayLabel,
  deckDescription,
  deckTitle,
  depthLabel,
  earlierDays,
  historyStatus,
  localDateIn,
  promptTextOf,
  REPLY_PHRASES,
} from './prompts.js';

describe('localDateIn', () => {
  const moment = new Date('2025-03-10T02:30:00Z');
  it('gives the date in the person’s own zone', () => {
    expect(localDateIn(moment, 'UTC')).toBe('2025-03-10');
    expect(localDateIn(moment, 'America/Los_Angeles')).toBe('2025-03-09');
    expect(localDateIn(moment, 'Asia/Tokyo')).toBe('2025-03-10');
    expect(localDateIn(new Date('2025-03-10T23:30:00Z'), 'Pacific/Auckland')).toBe('2025-03-11');
  });
  it('falls back to a valid date for an unknown zone', () => {
    expect(localDateIn(moment, 'Nowhere/Special')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(localDateIn(moment, null)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('labels', () => {
  it('names depths gently', () => {
    expect(depthLabel('light')).toBe('Light');
    expect(depthLabel('deeper')).toBe('Deeper');
    expect(depthLabel('deep')).toBe('Deep');
  });
  it('shows a calendar date without shifting it', () => {
    expect(dayLabel('2025-11-27', 'en-GB')).toBe(formatDate('2025-11-27', undefined, 'en-GB'));
    expect(dayLabel('not a date')).toBe('not a date');
  });
  it('knows every deck', () => {
    for (const d of DECKS) {
      expect(deckTitle(d.id)).toBe(d.title);
      expect(deckDescription(d.id)).toBe(d.description);
    }
    expect(deckTitle('some_deck')).toBe('some deck');
  });
});

describe('promptTextOf', () => {
  it('fills in the partner’s name', () => {
    const p = PROMPTS.find((x) => x.text.includes('{partner}'));
    expect(p).toBeDefined();
    if (!p) return;
    const text = promptTextOf(p.id, 'Sam');
    expect(text).toContain('Sam');
    expect(text).not.toContain('{partner}');
  });
  it('is kind about a prompt that left the library', () => {
    expect(promptTextOf('gone-999', 'Sam')).toMatch(/library/);
  });
});

describe('history', () => {
  it('describes, never grades', () => {
    expect(historyStatus({ answeredByMe: true, revealed: true })).toBe('You both answered');
    expect(historyStatus({ answeredByMe: true, revealed: false })).toBe('You answered');
    expect(historyStatus({ answeredByMe: false, revealed: false })).toBe('Not answered');
  });
  it('keeps earlier days only, newest first', () => {
    const days = [{ date: '2025-03-08' }, { date: '2025-03-10' }, { date: '2025-03-09' }, { date: '2025-03-11' }];
    expect(earlierDays(days, '2025-03-10').map((d) => d.date)).toEqual(['2025-03-09', '2025-03-08']);
    expect(earlierDays(days, '2025-03-12', 2).map((d) => d.date)).toEqual(['2025-03-11', '2025-03-10']);
  });
});

describe('content', () => {
  it('keys drafts by day', () => {
    expect(answerDraftKey('abc')).toBe('prompt:abc');
  });
  it('checks answer shape', () => {
    expect(parseContent('prompt_answer', { text: 'hi' })).toEqual({ text: 'hi' });
    expect(parseContent('prompt_answer', { text: 3 })).toBeNull();
    expect(parseContent('prompt_answer', null)).toBeNull();
  });
  it('reads drafts with the prompt they were started for', () => {
    expect(asAnswerDraft({ text: 'x', promptId: 'fun-001' })).toEqual({ text: 'x', promptId: 'fun-001' });
    expect(asAnswerDraft({ text: 'x' })).toEqual({ text: 'x' });
    expect(asAnswerDraft({ nope: 1 })).toBeNull();
  });
  it('offers replies without exclamation marks or hearts', () => {
    for (const p of REPLY_PHRASES) expect(p).not.toMatch(/[!❤]/);
  });
});
