import { useState } from 'react';
import type { Drafts } from '../../lib/use-drafts.js';
import { DRAFT_STATUS_TEXT, useDraftStatus } from '../apologies/useApology.js';

/**
 * One form's words kept as a draft on every change (never lost), restored on load, forgotten
 * once sent. `hasWords` says when there is anything worth keeping.
 */
export function useFormDraft<T extends object>(drafts: Drafts, key: string, initial: T, restored: T | null, hasWords: (v: T) => boolean) {
  const [value, setValue] = useState<T>(restored ?? initial);
  const status = useDraftStatus(drafts, key, restored && hasWords(restored) ? 'restored' : 'none');
  const change = (patch: Partial<T>) => {
    const next = { ...value, ...patch };
    setValue(next);
    if (hasWords(next)) drafts.sync.change(key, next);
    else {
      void drafts.sync.discard(key);
      status.setShown('none');
    }
  };
  const clear = (to: T = initial) => {
    void drafts.sync.discard(key);
    setValue(to);
    status.setShown('none');
  };
  return { value, change, clear, statusText: DRAFT_STATUS_TEXT[status.shown] };
}
