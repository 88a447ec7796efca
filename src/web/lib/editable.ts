import { shownOfSync, type DraftShown } from './draft-status.js';
import type { DraftSyncStatus } from './drafts.js';

/**
 * Where an editable item stands: nothing written yet, words not yet saved, saved (only the
 * writer reads it), shared with the partner, or a conflict (a different version was saved
 * elsewhere while these words were written) that the person resolves.
 */
export type EditablePhase = 'new' | 'draft' | 'saved' | 'shared' | 'conflict';

/** A different saved version, found on saving: the item as it is now, and its words (null: unreadable). */
export interface EditableConflict<C, I> {
  item: I;
  version: number;
  content: C | null;
}

/** One editable item's state: the editor's words, the saved words they build on, and what is under way. */
export interface EditableState<C, I = unknown> {
  /** What the editor holds. */
  value: C;
  /** The saved words (null: nothing saved yet, or the saved version can't be opened here). */
  saved: C | null;
  /** The version the editor's words build on: saving over any other is a conflict. */
  baseVersion: number;
  /** The newest version seen from anywhere (this editor, another tab or device). */
  seenVersion: number;
  shared: boolean;
  conflict: EditableConflict<C, I> | null;
  busy: 'save' | 'share' | 'stop' | null;
  /** The line under the editor (draft kept, saved, …). */
  shown: DraftShown;
  /** Why the last save failed. */
  error: string | null;
  dialog: 'share' | 'stop' | null;
  /** Why the last share or stop failed (said inside its dialog). */
  dialogError: string | null;
}

/** What happens to an editable item. Versions and words come from the server's answer. */
export type EditableEvent<C, I = unknown> =
  | { type: 'edit'; value: C }
  | { type: 'draftWrite'; status: DraftSyncStatus }
  | { type: 'saveStart' }
  | { type: 'saveOk'; version: number; content: C | null; shared: boolean }
  | { type: 'saveConflict'; version: number; item: I; content: C | null; shared: boolean }
  | { type: 'saveFailed'; error: string }
  | { type: 'remote'; version: number; content: C | null; shared: boolean }
  | { type: 'keepTheirs' }
  | { type: 'openDialog'; dialog: 'share' | 'stop' }
  | { type: 'closeDialog' }
  | { type: 'shareStart' }
  | { type: 'shareOk'; version: number }
  | { type: 'unshareStart' }
  | { type: 'unshareOk'; version: number }
  | { type: 'dialogFailed'; error: string };

/** How a kind's words are compared and what an empty editor holds. */
export interface EditableKind<C> {
  /** True when the two say the same (b null: nothing saved). */
  same(a: C, b: C | null): boolean;
  empty: C;
}

/** Where one starts: the saved item, or a draft found on load that says something else. */
export function initialEditable<C, I = unknown>(
  kind: EditableKind<C>,
  saved: { version: number; content: C | null; shared: boolean } | null,
  draft: { value: C; baseVersion: number } | null,
): EditableState<C, I> {
  const useDraft = draft !== null && !kind.same(draft.value, saved?.content ?? null);
  return {
    value: useDraft ? draft.value : (saved?.content ?? kind.empty),
    saved: saved?.content ?? null,
    baseVersion: useDraft ? draft.baseVersion : (saved?.version ?? 0),
    seenVersion: saved?.version ?? 0,
    shared: saved?.shared ?? false,
    conflict: null,
    busy: null,
    shown: useDraft ? 'restored' : saved?.content ? 'saved' : 'none',
    error: null,
    dialog: null,
    dialogError: null,
  };
}

/** True when the editor holds words that are not the saved ones. */
export function isDirty<C, I>(kind: EditableKind<C>, s: EditableState<C, I>): boolean {
  return !kind.same(s.value, s.saved);
}

/** Whether the editor's words are worth a draft: unsaved words, or any words while a conflict is open. */
export function keepsDraft<C, I>(kind: EditableKind<C>, s: EditableState<C, I>): boolean {
  return s.conflict !== null || isDirty(kind, s);
}

/** Where the item stands (see EditablePhase). */
export function phaseOf<C, I>(kind: EditableKind<C>, s: EditableState<C, I>): EditablePhase {
  if (s.conflict) return 'conflict';
  if (isDirty(kind, s)) return 'draft';
  if (s.seenVersion === 0 && s.saved === null) return 'new';
  return s.shared ? 'shared' : 'saved';
}

/**
 * The editable item's transitions, pure: the editor, the draft line, saving (ok, conflict,
 * failed), a newer version from elsewhere, resolving a conflict, sharing and stopping.
 */
export function editableReducer<C, I>(kind: EditableKind<C>, s: EditableState<C, I>, e: EditableEvent<C, I>): EditableState<C, I> {
  switch (e.type) {
    case 'edit': {
      const next = { ...s, value: e.value, error: null };
      // Back to the saved words: nothing to keep, the line says so.
      if (!next.conflict && kind.same(e.value, s.saved)) next.shown = s.saved ? 'saved' : 'none';
      return next;
    }
    case 'draftWrite':
      // News about an older write means nothing once the editor matches what's saved.
      if (e.status === 'discarded' || !isDirty(kind, s)) return s;
      return { ...s, shown: shownOfSync(e.status) };
    case 'saveStart':
      return { ...s, busy: 'save', error: null };
    case 'saveOk': {
      const base = { ...s, saved: e.content, baseVersion: e.version, seenVersion: Math.max(s.seenVersion, e.version), shared: e.shared, conflict: null, busy: null };
      // Typed on while saving: those words stay a draft, on top of the new version.
      return kind.same(s.value, e.content) ? { ...base, shown: 'saved' } : base;
    }
    case 'saveConflict': {
      const seen = { ...s, saved: e.content, seenVersion: Math.max(s.seenVersion, e.version), shared: e.shared, busy: null };
      // Both say the same: nothing to choose between.
      if (e.content !== null && kind.same(s.value, e.content)) return { ...seen, baseVersion: e.version, conflict: null, shown: 'saved' };
      return { ...seen, conflict: { item: e.item, version: e.version, content: e.content } };
    }
    case 'saveFailed':
      return { ...s, busy: null, error: e.error };
    case 'remote': {
      if (e.version === s.seenVersion) return s.shared === e.shared ? s : { ...s, shared: e.shared };
      const next = { ...s, saved: e.content, seenVersion: e.version, shared: e.shared };
      if (s.conflict) return next;
      const followed = s.baseVersion === s.seenVersion;
      // Nothing unsaved here: follow the newer words.
      if (e.content && followed && kind.same(s.value, s.saved)) return { ...next, value: e.content, baseVersion: e.version, shown: 'saved' };
      // The editor already says what arrived: it builds on it now.
      if (followed && kind.same(s.value, e.content)) return { ...next, baseVersion: e.version };
      // Unsaved words stay; saving them shows both.
      return next;
    }
    case 'keepTheirs': {
      if (!s.conflict) return s;
      const theirs = s.conflict.content ?? kind.empty;
      return { ...s, value: theirs, saved: s.conflict.content, baseVersion: s.conflict.version, conflict: null, shown: 'saved', error: null };
    }
    case 'openDialog':
      return { ...s, dialog: e.dialog, dialogError: null };
    case 'closeDialog':
      return { ...s, dialog: null };
    case 'shareStart':
      return { ...s, busy: 'share', dialogError: null };
    case 'shareOk':
      return { ...s, busy: null, dialog: null, shared: true, seenVersion: Math.max(s.seenVersion, e.version) };
    case 'unshareStart':
      return { ...s, busy: 'stop', dialogError: null };
    case 'unshareOk':
      // Stopping makes a new version with the same words: an editor on the one before follows it.
      return {
        ...s,
        busy: null,
        dialog: null,
        shared: false,
        baseVersion: s.baseVersion === e.version - 1 ? e.version : s.baseVersion,
        seenVersion: Math.max(s.seenVersion, e.version),
      };
    case 'dialogFailed':
      return { ...s, busy: null, dialogError: e.error };
  }
}
