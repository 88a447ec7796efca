import type { OpenItem } from '../../../shared/client/index.js';
import { NOTE_MAX_CHARS } from '../../../shared/notes/content.js';

export { NOTE_MAX_CHARS } from '../../../shared/notes/content.js';

/*
 * Practice 8, notes: what a note holds (inside the encrypted content), its drafts, and the
 * pure helpers the page sorts and labels with. When it arrives is the item's plaintext
 * `state.deliverAt`, because the server must hold it back until then.
 */



/** "Now", or a local date and time the sender chose. */
export type NoteWhen = 'now' | 'later';

/** A note being written (new, or an edit of a scheduled one), as its draft is sealed. */
export interface NoteDraft {
  text: string;
  when: NoteWhen;
  date: string;
  time: string;
}

export const DRAFT_PREFIX = 'note:';
const EDIT_PREFIX = 'note:edit:';
export const DRAFT_KEYS = {
  new: 'note:new',
  edit: (noteId: string) => `${EDIT_PREFIX}${noteId}`,
} as const;

/** The note an edit draft belongs to, or null for any other draft key. */
export function editedNoteId(draftKey: string): string | null {
  return draftKey.startsWith(EDIT_PREFIX) ? draftKey.slice(EDIT_PREFIX.length) || null : null;
}

/**
 * Edit drafts whose note can no longer change (delivered, or gone): their words, joined, to be
 * offered as a new note rather than lost. `stillScheduled` says which notes may still change.
 */
export function strandedEdits(drafts: ReadonlyMap<string, unknown>, stillScheduled: (noteId: string) => boolean): { draft: NoteDraft; fromKeys: string[] } | null {
  const texts: string[] = [];
  const fromKeys: string[] = [];
  for (const [key, body] of drafts) {
    const id = editedNoteId(key);
    if (id === null || stillScheduled(id)) continue;
    fromKeys.push(key);
    const text = asNoteDraft(body)?.text.trim();
    if (text) texts.push(text);
  }
  if (fromKeys.length === 0) return null;
  return { draft: { text: texts.join('\n\n').slice(0, NOTE_MAX_CHARS), when: 'now', date: '', time: '' }, fromKeys };
}

/** Short, warm answers the receiver may send back (never required). */
export const REPLY_PHRASES = ['Thank you', 'This meant a lot', 'Made me smile'] as const;


/** A restored draft, or null when it isn't one. */
export function asNoteDraft(body: unknown): NoteDraft | null {
  if (!body || typeof body !== 'object') return null;
  const b = body as Record<string, unknown>;
  if (typeof b.text !== 'string') return null;
  return {
    text: b.text.slice(0, NOTE_MAX_CHARS),
    when: b.when === 'later' ? 'later' : 'now',
    date: typeof b.date === 'string' ? b.date : '',
    time: typeof b.time === 'string' ? b.time : '',
  };
}

/** The note's `deliverAt` (UTC), or null for a note sent on sharing. */
export function deliverAtOf(item: { state: unknown }): string | null {
  const s = item.state as { deliverAt?: unknown } | null;
  return s && typeof s.deliverAt === 'string' && !Number.isNaN(Date.parse(s.deliverAt)) ? s.deliverAt : null;
}

/**
 * Where one of my notes stands: made but not yet shared, waiting for its time, held while the
 * partner has asked for some space, or with the partner. After a couple space ended: `past` had
 * reached the former partner, `stranded` never did (its space ended first).
 */
export type NoteStage = 'unsent' | 'scheduled' | 'held' | 'delivered' | 'past' | 'stranded';

/** What the stage also depends on: the current couple space, and the partner's space if they asked for one. */
export interface StageContext {
  coupleId?: string | null;
  partnerSpace?: { since: string; until: string } | null;
}

/** The stage of one's own note (the server decides delivery; this reads the same clock rules). */
export function stageOf(
  note: Pick<OpenItem, 'state' | 'sharedWith' | 'createdAt'> & Partial<Pick<OpenItem, 'sharedUntil' | 'coupleId'>>,
  partnerId: string | null,
  now: Date,
  ctx: StageContext = {},
): NoteStage {
  if (!partnerId || !(note.sharedWith ?? []).includes(partnerId)) {
    if (note.sharedUntil) return 'past';
    if (ctx.coupleId !== undefined && note.coupleId && note.coupleId !== ctx.coupleId) return 'stranded';
    return 'unsent';
  }
  const at = deliverAtOf(note);
  // The server holds a note whose time comes during the partner's space until the space ends.
  const space = ctx.partnerSpace;
  if (space && Date.parse(space.until) > now.getTime()) {
    const arrival = Date.parse(at ?? note.createdAt);
    if (arrival >= Date.parse(space.since) && arrival < Date.parse(space.until)) return 'held';
  }
  return at !== null && Date.parse(at) > now.getTime() ? 'scheduled' : 'delivered';
}

/** When a note arrived (or arrives): its delivery time, or when it was written for one sent at once. */
export function arrivalOf(note: { state: unknown; createdAt: string }): string {
  return deliverAtOf(note) ?? note.createdAt;
}

/** Newest arrival first. */
export function byArrivalNewestFirst<T extends { state: unknown; createdAt: string }>(list: readonly T[]): T[] {
  return [...list].sort((a, b) => Date.parse(arrivalOf(b)) - Date.parse(arrivalOf(a)));
}

/** Soonest arrival first (for notes still on their way). */
export function byArrivalSoonestFirst<T extends { state: unknown; createdAt: string }>(list: readonly T[]): T[] {
  return [...list].sort((a, b) => Date.parse(arrivalOf(a)) - Date.parse(arrivalOf(b)));
}

