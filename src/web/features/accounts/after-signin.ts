import type { MeResponse } from '../../../shared/api/index.js';
import type { MendClient } from '../../../shared/client/index.js';
import { errorCode, errorMessage } from '../../lib/errors.js';
import { clearPendingInvite, pendingInvite } from '../../lib/pending-invite.js';

export interface JoinOutcome {
  joined: boolean;
  /** Words for the next page: who they joined, or why it didn't work. */
  notice: string | null;
  /** A fresh `me` after joining. */
  me: MeResponse | null;
}

/** If an invite link brought this person here, join that couple now (needs a session). */
export async function joinPendingInvite(client: MendClient): Promise<JoinOutcome> {
  const token = pendingInvite();
  if (!token) return { joined: false, notice: null, me: null };
  try {
    await client.join(token);
    clearPendingInvite();
    const me = await client.me().catch(() => null);
    const name = me?.couple?.partner?.displayName;
    return { joined: true, notice: name ? `You joined ${name} in Mend.` : 'You joined your couple space.', me };
  } catch (e) {
    // A definite answer (expired, used, already in a couple…) won't change: forget the token.
    const code = errorCode(e);
    if (code && code !== 'network') clearPendingInvite();
    return { joined: false, notice: `We couldn't join the invite. ${errorMessage(e)}`, me: null };
  }
}
