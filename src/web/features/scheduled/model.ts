import type { OpenItem } from '../../../shared/client/index.js';
import { formatDate, formatTime } from '../../lib/format.js';
import { commitmentMarkStateSchema, commitmentStateSchema, type CommitmentMarkState, type CommitmentState } from '../../../shared/commitments/state.js';

/*
 * How the scheduled practices (promises, rituals) read their items: the plaintext plan, the
 * occurrence a mark or a "we did it" log belongs to, who an item is shared with, and the
 * words for one time. Pure.
 */

/** The plan stored in a promise's or a ritual's state, or null when it doesn't read as one. */
export function planOf(item: { state: unknown }): CommitmentState | null {
  const r = commitmentStateSchema.safeParse(item.state);
  return r.success ? r.data : null;
}

/** A mark's or a log's state (which promise or ritual, which occurrence), or null. */
export function markStateOf(item: { state: unknown }): CommitmentMarkState | null {
  const r = commitmentMarkStateSchema.safeParse(item.state);
  return r.success ? r.data : null;
}

/** The parent an answer points at (state.parentId), or null. */
export function parentOf(item: { state: unknown }): string | null {
  const s = item.state as { parentId?: unknown } | null;
  return s && typeof s.parentId === 'string' ? s.parentId : null;
}

/** One time marked or logged: the item, the occurrence it belongs to and what it says. */
export interface OccurrenceView<C> {
  item: OpenItem;
  occurrence: string;
  content: C;
}

/**
 * The marks or logs of one promise or ritual that verified and read as `as` says, in the
 * order of `by` (oldest first). `authorId` keeps only one person's (a promise's marks are its
 * promiser's alone).
 */
export function occurrenceViews<C>(
  parentId: string,
  list: readonly OpenItem[],
  as: (content: unknown) => C | null,
  by: 'createdAt' | 'updatedAt',
  authorId?: string,
): OccurrenceView<C>[] {
  const out: OccurrenceView<C>[] = [];
  for (const item of list) {
    const state = markStateOf(item);
    const content = item.verified ? as(item.content) : null;
    if (!state || content === null || state.parentId !== parentId || (authorId !== undefined && item.authorId !== authorId)) continue;
    out.push({ item, occurrence: state.occurrence, content });
  }
  return out.sort((a, b) => a.item[by].localeCompare(b.item[by]));
}

/** True when the author shares the item with this reader. */
export function sharedWith(item: OpenItem, readerId: string | null | undefined): boolean {
  return !!readerId && (item.sharedWith?.includes(readerId) ?? false);
}

/** Newest first, by creation. */
export function newestFirst<T extends { createdAt: string }>(list: readonly T[]): T[] {
  return [...list].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** "Today at 19:00", "Yesterday at 19:00", "Fri, 20 Feb 2026 at 19:00" for an occurrence (the person's date and time styles). */
export function occurrenceLabel(o: { key: string; localTime: string }, today: string): string {
  const d = new Date(`${o.key}T00:00:00Z`);
  const t = new Date(`${today}T00:00:00Z`);
  const days = Math.round((t.getTime() - d.getTime()) / 86_400_000);
  if (days === 0) return `Today at ${formatTime(o.localTime)}`;
  if (days === 1) return `Yesterday at ${formatTime(o.localTime)}`;
  return `${formatDate(o.key)} at ${formatTime(o.localTime)}`;
}
