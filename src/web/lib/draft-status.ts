import { useCallback, useEffect, useRef, useState } from 'react';
import type { DraftSyncStatus } from './drafts.js';
import type { Drafts } from './use-drafts.js';

/** What the line under an editor says about its words: nothing, restored, kept as a draft, saved, or a failed write. */
export type DraftShown = 'none' | 'restored' | 'draft' | 'local' | 'saved' | 'failed';

/** The words of each draft line, the same under every editor of every practice. */
export const DRAFT_STATUS_TEXT: Record<DraftShown, string> = {
  none: '',
  restored: 'Draft restored',
  draft: 'Saved as a draft',
  local: "Saved on this device — will sync when you're back online",
  saved: 'Saved',
  failed: "Couldn't keep a draft just now. Your words are still here.",
};

/** How one draft write ended up, as the line under the editor says it. */
export function shownOfSync(s: Exclude<DraftSyncStatus, 'discarded'>): DraftShown {
  return s === 'synced' ? 'draft' : s === 'local' ? 'local' : 'failed';
}

/** The draft line under one editor: follows how each write for `key` ended up. */
export function useDraftStatus(drafts: Drafts, key: string, initial: DraftShown) {
  const [shown, setShown] = useState<DraftShown>(initial);
  const active = useRef(true);
  useEffect(
    () =>
      drafts.subscribe(key, (s) => {
        if (s === 'discarded' || !active.current) return;
        setShown(shownOfSync(s));
      }),
    [drafts, key],
  );
  /** While false, news about older writes is ignored (the editor matches what's saved). */
  const setActive = useCallback((on: boolean) => {
    active.current = on;
  }, []);
  return { shown, setShown, setActive };
}
