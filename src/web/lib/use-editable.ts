import { useCallback, useEffect, useRef, useState } from 'react';
import type { PartnerView } from '../../shared/api/index.js';
import type { ItemsClient, OpenItem } from '../../shared/client/index.js';
import type { ItemContentInput, ItemKind } from '../../shared/kinds.js';
import { editableReducer, initialEditable, isDirty, keepsDraft, phaseOf, type EditableEvent, type EditableKind, type EditableState } from './editable.js';
import { errorCode, errorMessage } from './errors.js';
import type { Drafts } from './use-drafts.js';

/** One editable item's kind: how its words are read and compared, and how a first version is made. */
export interface EditableItemKind<C, K extends ItemKind = ItemKind> extends EditableKind<C> {
  /** The item kind it edits (a newer copy is read back as this kind). */
  itemKind: K;
  /** Reads saved words (null: they can't be opened). */
  read(content: unknown): C | null;
  /** The content saved for the editor's words. */
  toContent(value: C): ItemContentInput<K>;
  /**
   * Makes the first version, or says which item another tab or device made meanwhile
   * (`{ existing }`): never a second one silently.
   */
  create(value: C): Promise<OpenItem<K> | { existing: string }>;
  /**
   * When the saved version moved on under the editor: 'ask' shows both and lets the person
   * choose; 'overwrite' makes these words the next version (the one before stays in history).
   */
  onConflict: 'ask' | 'overwrite';
}

export interface UseEditableOptions<C, K extends ItemKind> {
  kind: EditableItemKind<C, K>;
  item: OpenItem<K> | null;
  items: ItemsClient;
  drafts: Drafts;
  draftKey: string;
  /** The draft found on load for this item, read (null: none). */
  restored: { value: C; baseVersion: number } | null;
  partner: PartnerView | null;
  /** What the page's live line says after sharing and after stopping. */
  notes: { shared: string; stopped: string };
  onItem(item: OpenItem<K>): void;
}

/**
 * An editable item's whole flow on one page (editableReducer, wired to drafts and the
 * server): every change kept as a sealed draft, save with conflicts handled as the kind says,
 * a newer version from elsewhere followed when nothing here is unsaved, share and stop sharing.
 */
export function useEditable<C, K extends ItemKind>({ kind, item, items, drafts, draftKey, restored, partner, notes, onItem }: UseEditableOptions<C, K>) {
  const sharedOf = useCallback((i: OpenItem<K>) => !!partner && (i.sharedWith ?? []).includes(partner.id), [partner]);
  const ref = useRef<EditableState<C, OpenItem<K>> | null>(null);
  if (ref.current === null) {
    ref.current = initialEditable<C, OpenItem<K>>(kind, item ? { version: item.version, content: kind.read(item.content), shared: sharedOf(item) } : null, restored);
  }
  const [state, setState] = useState(ref.current);
  const [note, setNote] = useState('');

  /** Moves the item along (editableReducer); the new state is at hand at once for what follows. */
  const apply = useCallback(
    (e: EditableEvent<C, OpenItem<K>>): EditableState<C, OpenItem<K>> => {
      const next = editableReducer(kind, ref.current!, e);
      ref.current = next;
      setState(next);
      return next;
    },
    [kind],
  );

  // A draft found on load that says the same as the saved item is spent (checked once, on mount).
  const checkedRestored = useRef(false);
  useEffect(() => {
    if (checkedRestored.current) return;
    checkedRestored.current = true;
    if (restored && ref.current!.shown !== 'restored') void drafts.sync.discard(draftKey);
  }, [restored, drafts.sync, draftKey]);

  // How each draft write ended up.
  useEffect(() => drafts.subscribe(draftKey, (status) => void apply({ type: 'draftWrite', status })), [drafts, draftKey, apply]);

  // A newer version arrived from elsewhere (or the page put in the one this editor made).
  useEffect(() => {
    if (item) apply({ type: 'remote', version: item.version, content: kind.read(item.content), shared: sharedOf(item) });
  }, [item, apply, kind, sharedOf]);

  const keepDraft = (s: EditableState<C, OpenItem<K>>) => drafts.sync.change(draftKey, { ...s.value, baseVersion: s.baseVersion });

  const edit = (value: C) => {
    const s = apply({ type: 'edit', value });
    if (keepsDraft(kind, s)) keepDraft(s);
    else void drafts.sync.discard(draftKey);
  };

  /** Puts a fresher copy in place on the page. */
  const adopt = (next: OpenItem<K>) => {
    onItem(next);
    return next;
  };

  const afterSave = (next: OpenItem<K>) => {
    adopt(next);
    const s = apply({ type: 'saveOk', version: next.version, content: kind.read(next.content), shared: sharedOf(next) });
    if (isDirty(kind, s)) keepDraft(s);
    else void drafts.sync.discard(draftKey);
  };

  const showConflict = async (id: string) => {
    const current = adopt(await items.reread({ id, kind: kind.itemKind }));
    const s = apply({ type: 'saveConflict', version: current.version, item: current, content: kind.read(current.content), shared: sharedOf(current) });
    if (!s.conflict) void drafts.sync.discard(draftKey);
  };

  /** Saves the editor's words (in a conflict: keeps them, over the other version). */
  const save = async () => {
    const s = apply({ type: 'saveStart' });
    setNote('');
    // Keep the words as a draft first: if saving fails, they are still kept.
    if (isDirty(kind, s)) keepDraft(s);
    void drafts.sync.flush(draftKey);
    const value = s.value;
    const target = s.conflict?.item ?? item;
    try {
      if (s.conflict) {
        afterSave(await items.update(s.conflict.item, kind.toContent(value)));
      } else if (item) {
        if (s.baseVersion === item.version) afterSave(await items.update(item, kind.toContent(value)));
        else if (kind.onConflict === 'ask') await showConflict(item.id);
        else afterSave(await items.update(await items.reread(item), kind.toContent(value)));
      } else {
        const made = await kind.create(value);
        if ('existing' in made) await showConflict(made.existing);
        else afterSave(made);
      }
    } catch (e) {
      if (errorCode(e) === 'version_conflict' && target) {
        try {
          if (kind.onConflict === 'ask') await showConflict(target.id);
          // Saved somewhere else meanwhile: these words are newer here, so they become the next version.
          else afterSave(await items.update(await items.reread(target), kind.toContent(value)));
        } catch (e2) {
          apply({ type: 'saveFailed', error: errorMessage(e2) });
        }
      } else {
        apply({ type: 'saveFailed', error: errorMessage(e) });
      }
    }
  };

  /** Resolves a conflict by keeping the other version: the editor's words are set aside. */
  const keepTheirs = () => {
    if (!ref.current!.conflict) return;
    apply({ type: 'keepTheirs' });
    void drafts.sync.discard(draftKey);
  };

  const share = async () => {
    if (!item || !partner) return;
    apply({ type: 'shareStart' });
    try {
      const next = adopt(await items.share(item, partner));
      apply({ type: 'shareOk', version: next.version });
      setNote(notes.shared);
    } catch (e) {
      apply({ type: 'dialogFailed', error: errorMessage(e) });
    }
  };

  const stop = async () => {
    if (!item || !partner) return;
    apply({ type: 'unshareStart' });
    try {
      const next = await items.unshare(item, partner.id);
      apply({ type: 'unshareOk', version: next.version });
      adopt(next);
      setNote(notes.stopped);
    } catch (e) {
      apply({ type: 'dialogFailed', error: errorMessage(e) });
    }
  };

  const closeDialog = () => void apply({ type: 'closeDialog' });
  return {
    state,
    phase: phaseOf(kind, state),
    dirty: isDirty(kind, state),
    /** What the page's live line says (shared, stopped). */
    note,
    edit,
    save,
    keepTheirs,
    share,
    stop,
    /** What EditableActions needs from the flow (whether saving is allowed is the page's). */
    actions: {
      showSave: !!item || isDirty(kind, state),
      busy: state.busy,
      sharing: partner && item ? (state.shared ? 'shared' : 'private') : ('none' as 'none' | 'private' | 'shared'),
      onSave: () => void save(),
      onShare: () => void apply({ type: 'openDialog', dialog: 'share' }),
      onStop: () => void apply({ type: 'openDialog', dialog: 'stop' }),
    },
    /** What the share dialog needs from the flow (its words are the page's). */
    shareDialog: { open: state.dialog === 'share', busy: state.busy === 'share', error: state.dialogError, onConfirm: () => void share(), onClose: closeDialog },
    /** What StopSharingDialog needs from the flow. */
    stopDialog: { open: state.dialog === 'stop', busy: state.busy === 'stop', error: state.dialogError, onStop: () => void stop(), onClose: closeDialog },
  };
}
