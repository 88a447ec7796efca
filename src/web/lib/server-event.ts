import { serverEventSchema } from '../../shared/api/events.js';
import type { ItemKind } from '../../shared/kinds.js';
/** Reads the `type` of a server event from its data (JSON `{type}` or a bare name). */
export function parseServerEvent(data: unknown): string | null {
  if (typeof data !== 'string' || !data) return null;
  try {
    const parsed: unknown = JSON.parse(data);
    if (parsed && typeof parsed === 'object' && typeof (parsed as { type?: unknown }).type === 'string') {
      return (parsed as { type: string }).type;
    }
    return null;
  } catch {
    return /^[a-z]+(\.[a-z]+)?$/.test(data) ? data : null;
  }
}

/** The kinds an `items.changed` event names, or null when it names none (every kind may have changed). */
export function parseItemKinds(data: unknown): readonly ItemKind[] | null {
  if (typeof data !== 'string' || !data) return null;
  try {
    const parsed = serverEventSchema.safeParse(JSON.parse(data));
    return parsed.success && parsed.data.type === 'items.changed' && parsed.data.kinds ? parsed.data.kinds : null;
  } catch {
    return null;
  }
}
