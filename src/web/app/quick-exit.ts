import { wipeDraftsFast } from '../lib/drafts.js';
import { wipeKeysFast } from '../lib/keystore.js';
import { wipeOfflineCopyFast } from '../lib/offline-cache.js';
import { clearPendingInvite } from '../lib/pending-invite.js';

/** Where quick exit goes: a neutral, everyday page. */
export const NEUTRAL_URL = 'https://www.bbc.com/weather';

let leaving = false;

/**
 * Leaves at once: hides the page, forgets the keys in memory, deletes the stored keys, drafts
 * and offline copy (waiting only briefly), and replaces this history entry with a neutral site.
 * It can't erase browser history or defeat monitoring software; the safety page says so.
 */
export async function quickExit(lock: () => void): Promise<void> {
  if (leaving) return;
  leaving = true;
  document.documentElement.classList.add('exiting');
  try {
    lock();
  } catch {
    /* keep leaving */
  }
  clearPendingInvite();
  try {
    await Promise.all([wipeKeysFast(150), wipeDraftsFast(150), wipeOfflineCopyFast(150)]);
  } finally {
    window.location.replace(NEUTRAL_URL);
  }
}
