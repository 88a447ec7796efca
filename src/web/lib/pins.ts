import type { DevicePins, KnownPinItem } from '../../shared/client/index.js';

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

/**
 * The id of the pin item this device has read (not a secret, no content): if the server
 * stops sending it, the pin check fails rather than trusting every key as new.
 */
export function knownPinItemOf(ownUserId: string, storage: Pick<Storage, 'getItem' | 'setItem'> | null = safeLocalStorage()): KnownPinItem {
  const key = `mend.pinItem.${ownUserId}`;
  return {
    get() {
      try {
        return storage?.getItem(key) ?? null;
      } catch {
        return null;
      }
    },
    set(itemId) {
      try {
        storage?.setItem(key, itemId);
      } catch {
        /* unavailable: this device just won't notice a missing pin item */
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
