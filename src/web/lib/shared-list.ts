import type { ItemsClient, MendClient, OpenItem } from '../../shared/client/index.js';
import type { ItemKind } from '../../shared/kinds.js';

/*
 * One fetch per kind for every hook that asks at the same moment: a page mounts several hooks
 * that read the same kinds (Today), and one live event makes each of them ask again. A fetch
 * is shared only while it is under way; once it is answered, the next ask fetches afresh, so
 * nothing older than the ask is ever handed out.
 */

const inFlight = new WeakMap<MendClient, Map<ItemKind, Promise<readonly OpenItem[]>>>();
// The maps with a fetch under way (each leaves once its fetches are answered), so a change can reach them.
const clients = new Set<Map<ItemKind, Promise<readonly OpenItem[]>>>();

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
  clients.add(byKind);
  const running = byKind.get(kind);
  if (running) return typed(await running, kind);
  const started = items.list(kind);
  byKind.set(kind, started);
  const done = () => {
    if (byKind.get(kind) === started) byKind.delete(kind);
    if (byKind.size === 0) clients.delete(byKind);
  };
  started.then(done, done);
  return started;
}

/** Stops sharing fetches of these kinds (null: every kind) that started before a change was announced. */
export function forgetInFlight(kinds: readonly ItemKind[] | null): void {
  // A WeakMap cannot be walked: the maps with a fetch under way are kept in `clients` too.
  for (const byKind of clients) {
    if (kinds === null) byKind.clear();
    else for (const k of kinds) byKind.delete(k);
  }
}
