import type { OpenItem } from '../../../shared/client/index.js';
import { asMark, type MarkContent } from '../../../core/commitments/index.js';
import type { MarkRecord } from '../../../core/scheduled/index.js';
import { markStateOf, occurrenceViews, sharedWith, type OccurrenceView } from '../scheduled/model.js';

/*
 * Practice 4's items as the page reads them: a commitment's marks (only the promiser's own
 * count), and which marks must follow the commitment's sharing. Plans are read the way every
 * scheduled practice reads them (../scheduled/model.ts).
 */

/** Drafts on this page start with this (the thank-yous written here too). */
export const DRAFT_PREFIX = 'promise:';
export const DRAFT_KEYS = {
  create: 'promise:new',
  edit: (commitmentId: string) => `promise:edit:${commitmentId}`,
} as const;

/** A mark that verified and reads well. */
export type MarkView = OccurrenceView<MarkContent>;

/**
 * The marks of one commitment, oldest update first (so a later re-mark wins): only its
 * author's, and only ones whose signature verified.
 */
export function marksOf(commitment: OpenItem, marks: readonly OpenItem[]): MarkView[] {
  return occurrenceViews(commitment.id, marks, asMark, 'updatedAt', commitment.authorId);
}

/** Marks as the consistency view reads them. */
export function markRecords(views: readonly MarkView[]): MarkRecord[] {
  return views.map((v) => ({ occurrence: v.occurrence, status: v.content.status }));
}

/** The latest mark of each occurrence. */
export function latestMarks(views: readonly MarkView[]): Map<string, MarkView> {
  return new Map(views.map((v) => [v.occurrence, v]));
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
