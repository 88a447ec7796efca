import { describe, expect, it } from 'vitest';
import { DEFAULT_REMINDER_MINUTES, REMINDER_OPTIONS, reminderText } from './index.js';

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
