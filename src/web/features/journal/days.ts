import { parentOf } from '../../../shared/kinds.js';
import { parseContent } from '../../../shared/kinds.js';
import { dayLabel } from '../prompts/prompts.js';
import { type DayShareContent } from './content.js';

/*
 * Ordering and grouping for the journal page. Days are local calendar dates ('YYYY-MM-DD') on
 * the writer's own clock, kept inside the encrypted content; the item's createdAt only breaks
 * ties. Pure: "today" is always passed in.
 */

interface Dated {
  id: string;
  createdAt: string;
  content: unknown;
}

interface Authored extends Dated {
  authorId: string;
}

/** The calendar date `days` after (or before) a 'YYYY-MM-DD' date. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + days)).toISOString().slice(0, 10);
}

/** A day for people, relative to `today`: "Today", "Yesterday", or "Thu 27 Nov". */
export function relativeDay(date: string, today: string): string {
  if (date === today) return 'Today';
  if (date === addDays(today, -1)) return 'Yesterday';
  return dayLabel(date);
}

/** The day an entry is about (its `writtenOn`), or the day it was made when the content can't be read. */
export function entryDay(item: Dated): string {
  return parseContent('journal_entry', item.content)?.writtenOn ?? item.createdAt.slice(0, 10);
}

/** Journal entries, the latest day first; within a day, the one written last first. */
export function entriesNewestFirst<T extends Dated>(list: readonly T[]): T[] {
  return [...list].sort((a, b) => entryDay(b).localeCompare(entryDay(a)) || b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
}

/** One day's share, opened. */
export interface DayShown<T> {
  day: string;
  item: T;
  content: DayShareContent;
}

/**
 * The latest share of each day, by one author, the latest day first. Sharing again on the same
 * day replaces what is shown (nothing is enforced: a second share is simply newer). Shares that
 * can't be opened are left out.
 */
export function latestPerDay<T extends Authored>(list: readonly T[], authorId: string): DayShown<T>[] {
  const byDay = new Map<string, DayShown<T>>();
  for (const item of list) {
    if (item.authorId !== authorId) continue;
    const content = parseContent('day_share', item.content);
    if (!content) continue;
    const seen = byDay.get(content.day);
    if (!seen || item.createdAt > seen.item.createdAt || (item.createdAt === seen.item.createdAt && item.id > seen.item.id)) {
      byDay.set(content.day, { day: content.day, item, content });
    }
  }
  return [...byDay.values()].sort((a, b) => b.day.localeCompare(a.day));
}

/**
 * What the page shows of one author's days: the share for `today` (or null), and the days
 * before it within `recentDays`, latest first. Days ahead of `today` (the partner's clock may
 * already be on tomorrow) count as today.
 */
export function daysToShow<T extends Authored>(list: readonly T[], authorId: string, today: string, recentDays = 7): { today: DayShown<T> | null; earlier: DayShown<T>[] } {
  const all = latestPerDay(list, authorId);
  const from = addDays(today, -recentDays);
  const current = all.find((d) => d.day >= today) ?? null;
  return { today: current, earlier: all.filter((d) => d.day < today && d.day >= from) };
}


/** The replies to one item by one author, oldest first. */
export function repliesTo<T extends { state: unknown; authorId: string; createdAt: string }>(acks: readonly T[], parentId: string, authorId: string | null): T[] {
  if (!authorId) return [];
  return acks.filter((a) => parentOf(a) === parentId && a.authorId === authorId).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}
