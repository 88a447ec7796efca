import type { DevicePins } from '../../shared/client/index.js';

/** The localStorage key where an older version of Mend kept one account's partner key pins on this device. */
export function pinsKey(ownUserId: string): string {
  return `mend.pins.${ownUserId}`;
}

/**
 * The pins an older version of Mend kept on this device only (fingerprint by user id). They
 * are read once, moved into the person's `key_pins` item (which all their devices share),
 * then removed here, so no device keeps a second opinion.
 */
export function devicePinsOf(ownUserId: string, storage: Pick<Storage, 'getItem' | 'removeItem'> | null = safeLocalStorage()): DevicePins {
  const key = pinsKey(ownUserId);
  return {
    read() {
      try {
        const parsed: unknown = JSON.parse(storage?.getItem(key) ?? '{}');
        if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return {};
        return Object.fromEntries(Object.entries(parsed).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1].length > 0));
      } catch {
        return {};
      }
    },
    clear() {
      try {
        storage?.removeItem(key);
      } catch {
        /* unavailable: the item already has them, and moving them again changes nothing */
      }
    },
  };
}

function safeLocalStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
