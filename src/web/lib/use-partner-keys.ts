import { useEffect, useMemo, useState } from 'react';
import type { PartnerView } from '../../shared/api/index.js';
import { checkPartnerKeys, type PinStatus } from '../../shared/client/index.js';
import { localStoragePinStore } from './pins.js';

export type PartnerKeys = 'none' | 'checking' | 'ok' | 'changed';

/**
 * Whether it is safe to seal something to the partner: their keys are the ones first seen
 * (or re-accepted after comparing safety codes). When they changed, sharing waits.
 */
export function usePartnerKeys(userId: string, partner: PartnerView | null): PartnerKeys {
  const store = useMemo(() => localStoragePinStore(userId), [userId]);
  const [state, setState] = useState<PartnerKeys>(partner ? 'checking' : 'none');
  useEffect(() => {
    if (!partner) {
      setState('none');
      return;
    }
    let cancelled = false;
    setState('checking');
    void partnerKeysOf(checkPartnerKeys(store, partner)).then((r) => !cancelled && setState(r));
    return () => {
      cancelled = true;
    };
  }, [store, partner]);
  return state;
}

/**
 * What a pin check means for sharing. A check that fails (storage refused, say) is not a
 * pass: it reads as 'changed', so sharing waits, exactly as the seal gate refuses it.
 */
export async function partnerKeysOf(check: Promise<PinStatus>): Promise<'ok' | 'changed'> {
  try {
    return (await check) === 'changed' ? 'changed' : 'ok';
  } catch {
    return 'changed';
  }
}
