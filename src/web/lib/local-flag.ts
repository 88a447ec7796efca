/** A yes/no mark kept in localStorage. */
export interface LocalFlag {
  set(on: boolean): void;
  isSet(): boolean;
}

/**
 * A yes/no flag in localStorage that holds no secret: "this store must be wiped" (quick exit
 * leaves the page before IndexedDB finishes deleting, so the next load finishes the job), or
 * a per-device preference. Storage may be unavailable (private mode): the flag then reads no.
 */
export function localFlag(name: string): LocalFlag {
  return {
    set(on) {
      try {
        if (on) localStorage.setItem(name, '1');
        else localStorage.removeItem(name);
      } catch {
        /* see above */
      }
    },
    isSet() {
      try {
        return localStorage.getItem(name) === '1';
      } catch {
        return false;
      }
    },
  };
}
