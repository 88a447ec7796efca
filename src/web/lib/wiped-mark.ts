/**
 * A flag in localStorage saying "this store must be wiped": quick exit leaves the page
 * before IndexedDB finishes deleting, so the next load finishes the job. The flag holds no
 * content. Storage may be unavailable (private mode); the deletion itself still runs.
 */
export function wipedMark(name: string): { set(on: boolean): void; isSet(): boolean } {
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
