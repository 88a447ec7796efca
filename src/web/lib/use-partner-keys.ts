import { useEffect, useMemo, useState } from 'react';
import type { PartnerView } from '../../shared/api/index.js';
import { checkPartnerKeys, type PinStatus } from '../../shared/client/index.js';
import { useClient } from '../app/client.js';
import { pinStoreFor } from './key-pins.js';

export type PartnerKeys = 'none' | 'checking' | 'ok' | 'changed';

/**
 * Whether it is safe to seal something to the partner: their keys are the ones pinned in the
 * person's own `key_pins` item (first seen on any of their devices, or confirmed by comparing
 * safety codes). When they changed, sharing waits. Checks again whenever a pin changes.
 */
export function usePartnerKeys(userId: string, partner: PartnerView | null): PartnerKeys {
  const client = useClient();
  // userId keys the store: the signed-in account's pins.
  const store = useMemo(() => (client.unlocked && client.keys.userId === userId ? pinStoreFor(client) : null), [client, userId]);
  const [state, setState] = useState<PartnerKeys>(partner ? 'checking' : 'none');
  const [changes, setChanges] = useState(0);
  useEffect(() => store?.onChange(() => setChanges((n) => n + 1)), [store]);
  useEffect(() => {
    if (!store) {
      setState(partner ? 'changed' : 'none');
      return;
    }
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
  }, [store, partner, changes]);
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
