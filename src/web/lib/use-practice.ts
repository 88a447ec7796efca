import type { ItemKind } from '../../shared/kinds.js';
import { useMe } from '../app/session.js';
import { usePracticeContext } from './practice-context.js';
import { useDrafts, type UseDraftsOptions } from './use-drafts.js';
import { useItems } from './use-items.js';
import { useKinds } from './use-kinds.js';

/**
 * What every practice page starts from: who is signed in and with whom (from the practice
 * context), the items of the page's kinds (kept current by the live stream), its drafts, and
 * whether the partner's keys can be trusted for sharing.
 */
export function usePractice<K extends ItemKind, T = unknown>(kinds: readonly K[], draftOptions: UseDraftsOptions<T>) {
  const me = useMe();
  const { partner, keys, timeZone } = usePracticeContext();
  const items = useItems(partner);
  const kindData = useKinds(items, kinds, partner?.id ?? null);
  const drafts = useDrafts<T>(items, me.user.id, draftOptions);
  return { me, partner, items, ...kindData, drafts, keys, timeZone };
}
