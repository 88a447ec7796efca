import { useMemo, useRef } from 'react';
import type { PartnerView } from '../../shared/api/index.js';
import { ItemsClient } from '../../shared/client/index.js';
import { useClient } from '../app/client.js';

/** The item store as the signed-in person, with the partner's keys to check what they wrote. */
export function useItems(partner: PartnerView | null): ItemsClient {
  const client = useClient();
  const partnerRef = useRef(partner);
  partnerRef.current = partner;
  return useMemo(() => new ItemsClient(client, () => partnerRef.current), [client]);
}
