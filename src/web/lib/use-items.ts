import { useMemo, useRef } from 'react';
import type { PartnerView } from '../../shared/api/index.js';
import { ItemsClient } from '../../shared/client/index.js';
import { useClient } from '../app/client.js';
import { pinStoreFor } from './key-pins.js';
import { noteRolledBack, seenVersionsFor } from './seen-versions.js';

/**
 * The item store as the signed-in person, with the partner's keys to check what they wrote,
 * this device's memory of the versions it has seen (an older one is shown as such), and the
 * partner key pins that every seal must pass.
 */
export function useItems(partner: PartnerView | null): ItemsClient {
  const client = useClient();
  const partnerRef = useRef(partner);
  partnerRef.current = partner;
  const userId = client.unlocked ? client.keys.userId : null;
  return useMemo(
    () =>
      new ItemsClient(client, () => partnerRef.current, {
        // The same pins the safety-code step accepts: every seal to the partner is checked against them.
        ...(userId ? { seen: seenVersionsFor(userId), pins: pinStoreFor(client) } : {}),
        onRolledBack: noteRolledBack,
      }),
    [client, userId],
  );
}
