import { parseContent } from '../../../shared/kinds.js';
import type { OpenItem } from '../../../shared/client/index.js';
import { CHECKIN_NOTE_MAX, SCORE_MAX, SCORE_MIN, SHARE_WORDS_MAX, type CheckinContent, type Scores, type TrendShareContent } from '../../../core/healing/index.js';

/*
 * Practice 9's items as the page reads them: one's own check-ins (one per local day), the
 * trends one has shared, the ones the partner shared, and the drafts that keep unsaved
 * scores and words safe.
 */

/** Drafts on this practice start with this. */
export const DRAFT_PREFIX = 'healing:';
export const DRAFT_KEYS = {
  checkin: (date: string) => `healing:checkin:${date}`,
  share: 'healing:share',
  questionnaire: (instrumentId: string) => `healing:q:${instrumentId}`,
} as const;

/** Where a check-in's scores start when there is nothing to go on: the middle of the scale. */
export const START_SCORES: Scores = { trust: 5, safety: 5, hope: 5, mood: 5 };

/** A check-in being made, as its draft is kept. */
export interface CheckinDraft extends Scores {
  note: string;
}

/** A check-in that verified and reads well. */
export interface CheckinView {
  item: OpenItem;
  content: CheckinContent;
}

/** One's own readable check-ins, by date, a day's later update last (so it wins). */
export function ownCheckins(list: readonly OpenItem[]): CheckinView[] {
  return list
    .flatMap((item) => {
      const content = item.mine && item.verified ? parseContent('checkin', item.content) : null;
      return content ? [{ item, content }] : [];
    })
    .sort((a, b) => a.content.date.localeCompare(b.content.date) || a.item.updatedAt.localeCompare(b.item.updatedAt));
}

/** The check-in of one date (the latest, if two devices each made one), or undefined. */
export function checkinOn(views: readonly CheckinView[], date: string): CheckinView | undefined {
  return views.filter((v) => v.content.date === date).at(-1);
}

const isScore = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= SCORE_MIN && v <= SCORE_MAX;

/** A restored check-in draft, or null when it isn't one. */
export function asCheckinDraft(body: unknown): CheckinDraft | null {
  if (!body || typeof body !== 'object') return null;
  const b = body as Record<string, unknown>;
  if (!isScore(b.trust) || !isScore(b.safety) || !isScore(b.hope) || !isScore(b.mood)) return null;
  return { trust: b.trust, safety: b.safety, hope: b.hope, mood: b.mood, note: typeof b.note === 'string' ? b.note.slice(0, CHECKIN_NOTE_MAX) : '' };
}

/** Where today's form starts: a kept draft, else today's check-in, else the last one's scores, else the middle. */
export function checkinStart(draft: CheckinDraft | null, today: CheckinContent | undefined, last: CheckinContent | undefined): CheckinDraft {
  if (draft) return draft;
  if (today) return { trust: today.trust, safety: today.safety, hope: today.hope, mood: today.mood, note: today.note ?? '' };
  if (last) return { trust: last.trust, safety: last.safety, hope: last.hope, mood: last.mood, note: '' };
  return { ...START_SCORES, note: '' };
}

/** The words typed for a trend share, restored. */
export function asShareDraft(body: unknown): { words: string } | null {
  if (!body || typeof body !== 'object') return null;
  const w = (body as Record<string, unknown>).words;
  return typeof w === 'string' ? { words: w.slice(0, SHARE_WORDS_MAX) } : null;
}

/** A shared trend that verified and reads well. */
export interface TrendShareView {
  item: OpenItem;
  content: TrendShareContent;
}

/** Readable trend shares, newest first: one's own (`mine`) or the partner's. */
export function trendShares(list: readonly OpenItem[], who: { mine: true } | { authorId: string }): TrendShareView[] {
  return list
    .filter((i) => ('mine' in who ? i.mine : !i.mine && i.authorId === who.authorId) && i.verified)
    .flatMap((item) => {
      const content = parseContent('trend_share', item.content);
      return content ? [{ item, content }] : [];
    })
    .sort((a, b) => b.item.createdAt.localeCompare(a.item.createdAt));
}

/** True when the author shares the item with this reader. */
export function sharedWith(item: OpenItem, readerId: string | null | undefined): boolean {
  return !!readerId && (item.sharedWith?.includes(readerId) ?? false);
}
