import { clearDrafts } from './drafts.js';
import { clearKeys } from './keystore.js';
import { clearOfflineCopy } from './offline-cache.js';

/** One thing this device keeps for the signed-in person, and how to delete it. */
export interface LocalWipe {
  name: string;
  wipe(): Promise<void>;
}

/**
 * Everything this device keeps for the signed-in person: the wrapped keys, the drafts and the
 * offline copy. Sign-out, a session ended elsewhere and account deletion delete all of it
 * (quick exit has its own fast version in app/quick-exit.ts).
 */
export const LOCAL_WIPES: readonly LocalWipe[] = [
  { name: 'keys', wipe: clearKeys },
  { name: 'drafts', wipe: clearDrafts },
  { name: 'offline copy', wipe: clearOfflineCopy },
];

/** Runs every wipe, each one even when another fails; resolves with the names that failed. */
export async function wipeLocalData(wipes: readonly LocalWipe[] = LOCAL_WIPES): Promise<string[]> {
  const results = await Promise.allSettled(wipes.map((w) => w.wipe()));
  return wipes.filter((_w, i) => results[i]!.status === 'rejected').map((w) => w.name);
}
