/**
 * A pin store over localStorage for partners' key fingerprints (trust on first use).
 * Fingerprints of public keys are not secrets, so localStorage is fine here.
 */
export interface LocalPinStore {
  get(userId: string): string | null;
  set(userId: string, fingerprint: string): void;
}

export function pinsKey(ownUserId: string): string {
  return `mend.pins.${ownUserId}`;
}

export function localStoragePinStore(ownUserId: string, storage: Pick<Storage, 'getItem' | 'setItem'> | null = safeLocalStorage()): LocalPinStore {
  const key = pinsKey(ownUserId);
  const read = (): Record<string, string> => {
    try {
      const raw = storage?.getItem(key);
      const parsed: unknown = raw ? JSON.parse(raw) : {};
      return parsed && typeof parsed === 'object' ? (parsed as Record<string, string>) : {};
    } catch {
      return {};
    }
  };
  return {
    get(userId) {
      const v = read()[userId];
      return typeof v === 'string' ? v : null;
    },
    set(userId, fingerprint) {
      const all = read();
      all[userId] = fingerprint;
      try {
        storage?.setItem(key, JSON.stringify(all));
      } catch {
        /* storage full or unavailable: pinning falls back to "new" next time */
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
