import { localDateSchema } from '../../../core/schedules/index.js';
import { DAY_LINE_MAX, dayShareSchema, ENTRY_MAX, journalEntrySchema, TITLE_MAX, type DayShareContent, type JournalEntryContent } from '../../../shared/journal/content.js';

export { DAY_LINE_MAX, ENTRY_MAX, TITLE_MAX, type DayShareContent, type JournalEntryContent };

/*
 * Practice 5, the journal and "share your day": what each item holds inside its encrypted
 * content, the drafts of this page, and the checks run before anything is saved. Both kinds
 * have an empty plaintext state: no server rule needs to know anything about them.
 */

/** An entry being written or changed, as its draft is sealed. */
export interface EntryDraft {
  title: string;
  text: string;
  writtenOn: string;
}

/** "Share your day" being written, as its draft is sealed. */
export interface DayDraft {
  high: string;
  low: string;
}

export const DRAFT_PREFIX = 'journal:';
const EDIT_PREFIX = 'journal:edit:';
export const DRAFT_KEYS = {
  day: 'journal:day',
  new: 'journal:new',
  edit: (entryId: string) => `${EDIT_PREFIX}${entryId}`,
} as const;

/** The entry an edit draft belongs to, or null for any other draft key. */
export function editedEntryId(draftKey: string): string | null {
  return draftKey.startsWith(EDIT_PREFIX) ? draftKey.slice(EDIT_PREFIX.length) || null : null;
}

/** Quick, warm reactions the reader may send back (never required). */
export const REACTIONS = ['Thank you', "I'm with you", 'Made me smile'] as const;

/** A checked form: the content to save, or what to fix, by field. */
export type Checked<T, F extends string> = { ok: true; content: T } | { ok: false; errors: Partial<Record<F, string>> };

/**
 * Checks an entry before saving: words are needed, the title is optional, and the day is today
 * or earlier on the writer's clock (`today`). The content keeps the words as written, trimmed
 * at the ends only.
 */
export function checkEntry(draft: EntryDraft, today: string): Checked<JournalEntryContent, 'title' | 'text' | 'writtenOn'> {
  const title = draft.title.trim();
  const candidate = { ...(title ? { title } : {}), text: draft.text.trim(), writtenOn: draft.writtenOn };
  const errors: Partial<Record<'title' | 'text' | 'writtenOn', string>> = {};
  const parsed = journalEntrySchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if ((field === 'title' || field === 'text' || field === 'writtenOn') && !errors[field]) errors[field] = issue.message;
    }
  }
  if (!draft.writtenOn) errors.writtenOn = 'Please choose a day.';
  else if (!errors.writtenOn && draft.writtenOn > today) errors.writtenOn = 'Please choose today or an earlier day.';
  if (parsed.success && Object.keys(errors).length === 0) return { ok: true, content: parsed.data };
  return { ok: false, errors };
}

/** Checks "share your day": a high or a low (or both), each a short line; `today` is the sharer's day. */
export function checkDay(draft: DayDraft, today: string): Checked<DayShareContent, 'high' | 'low'> {
  const high = draft.high.trim();
  const low = draft.low.trim();
  if (!high && !low) return { ok: false, errors: { high: 'Write a high, a low, or both.' } };
  const parsed = dayShareSchema.safeParse({ high, low, day: today });
  if (parsed.success) return { ok: true, content: parsed.data };
  const errors: Partial<Record<'high' | 'low', string>> = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    if ((field === 'high' || field === 'low') && !errors[field]) errors[field] = issue.message;
  }
  return { ok: false, errors };
}



/** A restored entry draft, or null when it isn't one. */
export function asEntryDraft(body: unknown): EntryDraft | null {
  if (!body || typeof body !== 'object') return null;
  const b = body as Record<string, unknown>;
  if (typeof b.text !== 'string') return null;
  return {
    title: typeof b.title === 'string' ? b.title.slice(0, TITLE_MAX) : '',
    text: b.text.slice(0, ENTRY_MAX),
    writtenOn: typeof b.writtenOn === 'string' && localDateSchema.safeParse(b.writtenOn).success ? b.writtenOn : '',
  };
}

/** A restored "share your day" draft, or null when it isn't one. */
export function asDayDraft(body: unknown): DayDraft | null {
  if (!body || typeof body !== 'object') return null;
  const b = body as Record<string, unknown>;
  if (typeof b.high !== 'string' || typeof b.low !== 'string') return null;
  return { high: b.high.slice(0, DAY_LINE_MAX), low: b.low.slice(0, DAY_LINE_MAX) };
}

/** Whether a draft holds anything worth keeping. */
export function hasWords(draft: EntryDraft | DayDraft): boolean {
  return 'text' in draft ? !!(draft.text.trim() || draft.title.trim()) : !!(draft.high.trim() || draft.low.trim());
}

/** The draft an editor starts from for a saved entry. */
export function draftOf(entry: JournalEntryContent): EntryDraft {
  return { title: entry.title ?? '', text: entry.text, writtenOn: entry.writtenOn };
}

/** Whether the editor holds something different from what is saved. */
export function entryDiffers(draft: EntryDraft, saved: JournalEntryContent | null): boolean {
  if (!saved) return hasWords(draft);
  return draft.title.trim() !== (saved.title ?? '') || draft.text.trim() !== saved.text || draft.writtenOn !== saved.writtenOn;
}

/**
 * Edit drafts whose entry is gone (deleted on another device): their words, joined, to be
 * offered in the new-entry composer rather than lost. `exists` says which entries are still here.
 */
export function strandedEdits(drafts: ReadonlyMap<string, unknown>, exists: (entryId: string) => boolean): { draft: EntryDraft; fromKeys: string[] } | null {
  const texts: string[] = [];
  const fromKeys: string[] = [];
  let title = '';
  let writtenOn = '';
  for (const [key, body] of drafts) {
    const id = editedEntryId(key);
    if (id === null || exists(id)) continue;
    fromKeys.push(key);
    const d = asEntryDraft(body);
    if (!d) continue;
    if (d.text.trim()) texts.push(d.text.trim());
    title ||= d.title.trim();
    writtenOn ||= d.writtenOn;
  }
  if (fromKeys.length === 0) return null;
  return { draft: { title, text: texts.join('\n\n').slice(0, ENTRY_MAX), writtenOn }, fromKeys };
}
