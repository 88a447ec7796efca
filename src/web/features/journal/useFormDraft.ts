import { useState } from 'react';
import type { Drafts } from '../../lib/use-drafts.js';
import { useDraftStatus } from '../apologies/useApology.js';
import { hasWords, type DayDraft, type EntryDraft } from './content.js';

/**
 * One form's words, kept as a draft on every change (sealed, on this device and with Mend) and
 * forgotten once there is nothing worth keeping. `worthKeeping` decides that; by default, any words.
 */
export function useFormDraft<T extends EntryDraft | DayDraft>(drafts: Drafts, key: string, initial: T, restored: boolean, worthKeeping: (d: T) => boolean = hasWords) {
  const [draft, setDraft] = useState<T>(initial);
  const status = useDraftStatus(drafts, key, restored && worthKeeping(initial) ? 'restored' : 'none');
  // News about an older write is ignored once nothing here needs keeping.
  status.setActive(worthKeeping(draft));

  const change = (patch: Partial<T>) => {
    const next = { ...draft, ...patch };
    setDraft(next);
    if (worthKeeping(next)) drafts.sync.change(key, next);
    else {
      void drafts.sync.discard(key);
      status.setShown('none');
    }
  };

  /** The words became a saved item (or were set aside): start again from `to`. */
  const clear = (to: T) => {
    void drafts.sync.discard(key);
    setDraft(to);
    status.setShown('none');
  };

  return { draft, change, clear, shown: status.shown };
}
