import type { OpenItem } from '../../../shared/client/index.js';
import { formatDate, formatTime } from '../../lib/format.js';
import { commitmentMarkStateSchema, commitmentStateSchema, type CommitmentMarkState, type CommitmentState } from '../../../shared/commitments/state.js';
import { asMark, type MarkContent, type MarkRecord } from '../../../core/commitments/index.js';

/*
 * Practice 4's items as the page reads them: a commitment's plaintext plan, its marks (only
 * the promiser's own count), and which marks must follow the commitment's sharing.
 */

/** Drafts on this page start with this. */
export const DRAFT_PREFIX = 'promise:';
export const DRAFT_KEYS = {
  create: 'promise:new',
  edit: (commitmentId: string) => `promise:edit:${commitmentId}`,
  thanks: (markId: string | null) => (markId ? `promise:thanks:${markId}` : 'promise:thanks'),
} as const;

/** The plan stored in a commitment's state, or null when it doesn't read as one. */
export function planOf(item: OpenItem): CommitmentState | null {
  const r = commitmentStateSchema.safeParse(item.state);
  return r.success ? r.data : null;
}

/** A mark's state (which commitment, which occurrence), or null. */
export function markStateOf(item: OpenItem): CommitmentMarkState | null {
  const r = commitmentMarkStateSchema.safeParse(item.state);
  return r.success ? r.data : null;
}

/** The parent an answer points at (state.parentId), or null. */
export function parentOf(item: { state: unknown }): string | null {
  const s = item.state as { parentId?: unknown } | null;
  return s && typeof s.parentId === 'string' ? s.parentId : null;
}

/** A mark that verified and reads well. */
export interface MarkView {
  item: OpenItem;
  occurrence: string;
  content: MarkContent;
}

/**
 * The marks of one commitment, oldest update first (so a later re-mark wins): only its
 * author's, and only ones whose signature verified.
 */
export function marksOf(commitment: OpenItem, marks: readonly OpenItem[]): MarkView[] {
  const out: MarkView[] = [];
  for (const m of marks) {
    const state = markStateOf(m);
    const content = m.verified ? asMark(m.content) : null;
    if (!state || !content || state.parentId !== commitment.id || m.authorId !== commitment.authorId) continue;
    out.push({ item: m, occurrence: state.occurrence, content });
  }
  return out.sort((a, b) => a.item.updatedAt.localeCompare(b.item.updatedAt));
}

/** Marks as the consistency view reads them. */
export function markRecords(views: readonly MarkView[]): MarkRecord[] {
  return views.map((v) => ({ occurrence: v.occurrence, status: v.content.status }));
}

/** The latest mark of each occurrence. */
export function latestMarks(views: readonly MarkView[]): Map<string, MarkView> {
  return new Map(views.map((v) => [v.occurrence, v]));
}

/** True when the author shares the item with this reader. */
export function sharedWith(item: OpenItem, readerId: string | null | undefined): boolean {
  return !!readerId && (item.sharedWith?.includes(readerId) ?? false);
}

/**
 * What must change so one's marks follow their commitment: shared with the partner when the
 * commitment is, private when it isn't. Every mark of the commitment, whatever it says.
 */
export function marksToSync(commitment: OpenItem, marks: readonly OpenItem[], partnerId: string | null): { share: OpenItem[]; unshare: OpenItem[] } {
  const own = marks.filter((m) => m.mine && markStateOf(m)?.parentId === commitment.id);
  if (!partnerId) return { share: [], unshare: [] };
  const shared = sharedWith(commitment, partnerId);
  return {
    share: shared ? own.filter((m) => !sharedWith(m, partnerId)) : [],
    unshare: shared ? [] : own.filter((m) => sharedWith(m, partnerId)),
  };
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
