/**
 * The per-device high-water mark of item versions (issue 14, item 4): for each item id, the
 * highest version this device has verified. A server that later answers with a lower version
 * is rolling the item back; ItemsClient marks it `rolledBack`. Only ids and numbers are kept.
 */
export interface SeenVersions {
  get(itemId: string): number | null;
  set(itemId: string, version: number): void;
}

/** How many items a device remembers; the oldest-remembered are forgotten first. */
export const SEEN_VERSIONS_MAX = 4000;

/** An in-memory mark for tests, the CLI, or a session without storage. */
export function memorySeenVersions(initial: Record<string, number> = {}): SeenVersions {
  const seen = new Map(Object.entries(initial));
  return {
    get: (id) => seen.get(id) ?? null,
    set: (id, version) => {
      seen.delete(id);
      seen.set(id, version);
      while (seen.size > SEEN_VERSIONS_MAX) {
        const oldest = seen.keys().next().value;
        if (oldest === undefined) break;
        seen.delete(oldest);
      }
    },
  };
}
