import { describe, expect, it } from 'vitest';
import { asAppreciation, asCommitment, asMark, commitmentContentSchema, DEFAULT_REMINDER_MINUTES, REMINDER_OPTIONS, reminderText, WHAT_MAX } from './index.js';

describe('content', () => {
  it('needs the promise in words, within 280 characters', () => {
    const empty = commitmentContentSchema.safeParse({ what: '   ' });
    expect(empty.success).toBe(false);
    expect(empty.error?.issues[0]?.message).toBe('Write the promise in a few words.');
    expect(commitmentContentSchema.safeParse({ what: 'x'.repeat(WHAT_MAX + 1) }).error?.issues[0]?.path).toEqual(['what']);
    expect(asCommitment({ what: ' Call if I am late ' })).toEqual({ what: 'Call if I am late' });
  });
  it('reads marks and appreciations, and nothing else', () => {
    expect(asMark({ status: 'kept' })).toEqual({ status: 'kept' });
    expect(asMark({ status: 'kept', note: 'Called at 18:40' })).toEqual({ status: 'kept', note: 'Called at 18:40' });
    expect(asMark({ status: 'maybe' })).toBeNull();
    expect(asMark({ status: 'missed', extra: 1 })).toBeNull();
    expect(asAppreciation({ text: 'Thank you' })).toEqual({ text: 'Thank you' });
    expect(asAppreciation({ text: '' })).toBeNull();
    expect(asAppreciation(null)).toBeNull();
  });
});

describe('reminders', () => {
  it('offers none, 15 and 30 minutes, an hour and a day; 30 minutes by default', () => {
    expect(REMINDER_OPTIONS.map((o) => o.minutes)).toEqual([null, 15, 30, 60, 1440]);
    expect(REMINDER_OPTIONS.some((o) => o.minutes === DEFAULT_REMINDER_MINUTES)).toBe(true);
  });
  it('says a stored reminder in words', () => {
    expect(reminderText(null)).toBe('No reminder');
    expect(reminderText(30)).toBe('Reminder 30 minutes before');
    expect(reminderText(1440)).toBe('Reminder 1 day before');
    expect(reminderText(120)).toBe('Reminder 2 hours before');
    expect(reminderText(2880)).toBe('Reminder 2 days before');
    expect(reminderText(45)).toBe('Reminder 45 minutes before');
  });
});
