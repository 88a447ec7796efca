import { useState } from 'react';
import { DRAFT_STATUS_TEXT, useDraftStatus } from './draft-status.js';
import type { Drafts } from './use-drafts.js';

/**
 * One form's words kept as a draft on every change (sealed, on this device and with Mend),
 * restored on load, and forgotten once there is nothing worth keeping or once sent.
 * `restored` is the draft found on load (null: none); `worthKeeping` says when there is
 * anything to keep.
 */
export function useFormDraft<T extends object>(drafts: Drafts, key: string, initial: T, restored: T | null, worthKeeping: (v: T) => boolean) {
  const [value, setValue] = useState<T>(restored ?? initial);
  const status = useDraftStatus(drafts, key, restored && worthKeeping(restored) ? 'restored' : 'none');
  // News about an older write is ignored once nothing here needs keeping.
  status.setActive(worthKeeping(value));

  const change = (patch: Partial<T>) => {
    const next = { ...value, ...patch };
    setValue(next);
    if (worthKeeping(next)) drafts.sync.change(key, next);
    else {
      void drafts.sync.discard(key);
      status.setShown('none');
    }
  };

  /** The words became a saved item (or were set aside): start again from `to`. */
  const clear = (to: T = initial) => {
    void drafts.sync.discard(key);
    setValue(to);
    status.setShown('none');
  };

  return { value, change, clear, shown: status.shown, statusText: DRAFT_STATUS_TEXT[status.shown] };
}
