import type { ItemsClient, MendClient, OpenItem } from '../../shared/client/index.js';
import type { ItemKind } from '../../shared/kinds.js';

/*
 * One fetch per kind for every hook that asks at the same moment: a page mounts several hooks
 * that read the same kinds (Today), and one live event makes each of them ask again. A fetch
 * is shared only while it is under way; once it is answered, the next ask fetches afresh, so
 * nothing older than the ask is ever handed out.
 */

// Per signed-in client, the fetches under way by kind; a client leaves once its fetches are answered.
const inFlight = new Map<MendClient, Map<ItemKind, Promise<readonly OpenItem[]>>>();

function typed<K extends ItemKind>(list: readonly OpenItem[], kind: K): OpenItem<K>[] {
  return list.filter((i): i is OpenItem<K> => i.kind === kind);
}

/** The items of one kind, sharing a fetch already under way for the same signed-in client. */
export async function sharedList<K extends ItemKind>(client: MendClient, items: ItemsClient, kind: K): Promise<OpenItem<K>[]> {
  let byKind = inFlight.get(client);
  if (!byKind) {
    byKind = new Map();
    inFlight.set(client, byKind);
  }
  const running = byKind.get(kind);
  if (running) return typed(await running, kind);
  const started = items.list(kind);
  byKind.set(kind, started);
  const done = () => {
    if (byKind.get(kind) === started) byKind.delete(kind);
    if (byKind.size === 0 && inFlight.get(client) === byKind) inFlight.delete(client);
  };
  started.then(done, done);
  return started;
}

/** Stops sharing fetches of these kinds (null: every kind) that started before a change was announced. */
export function forgetInFlight(kinds: readonly ItemKind[] | null): void {
  for (const byKind of inFlight.values()) {
    if (kinds === null) byKind.clear();
    else for (const k of kinds) byKind.delete(k);
  }
}
