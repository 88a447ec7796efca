import { DEFAULT_LOCK_SETTINGS, parseLockSettings, type LockSettings } from './app-lock.js';
import { localFlag } from './local-flag.js';

/**
 * What the app lock keeps in localStorage. None of it is secret: the chosen idle time, the
 * count of wrong passcodes (so a reload doesn't reset the wait), and a note that a passcode
 * was set aside. The key itself lives in IndexedDB, wrapped (keystore.ts).
 */

const SETTINGS = 'mend.appLock';
const TRIES = 'mend.appLockTries';
/** Fired on window when the lock's settings change, so the idle clock re-reads them. */
export const LOCK_SETTINGS_EVENT = 'mend:app-lock-settings';
/** Test-only: a shorter idle time in milliseconds (it can only shorten the person's choice). */
export const TEST_IDLE_MS_KEY = 'mend.appLockIdleMsForTests';
const setAside = localFlag('mend.passcodeSetAside');

function read(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function write(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    /* storage unavailable: the defaults apply */
  }
}

/** The person's lock settings on this device (defaults when none). */
export function lockSettings(): LockSettings {
  return typeof localStorage === 'undefined' ? { ...DEFAULT_LOCK_SETTINGS } : parseLockSettings(read(SETTINGS));
}

export function saveLockSettings(settings: LockSettings): void {
  write(SETTINGS, JSON.stringify(settings));
  if (typeof window !== 'undefined') window.dispatchEvent(new Event(LOCK_SETTINGS_EVENT));
}

/** The test-only shorter idle time, if one is set. */
export function testIdleMs(): number | null {
  const n = Number(read(TEST_IDLE_MS_KEY));
  return Number.isFinite(n) && n > 0 ? n : null;
}

/** Wrong passcodes in a row, and when the next try is allowed. */
export function lockTries(): { failures: number; retryAt: number } {
  try {
    const v = JSON.parse(read(TRIES) ?? '{}') as { failures?: unknown; retryAt?: unknown };
    const failures = typeof v.failures === 'number' && v.failures >= 0 ? Math.floor(v.failures) : 0;
    const retryAt = typeof v.retryAt === 'number' ? v.retryAt : 0;
    return { failures, retryAt };
  } catch {
    return { failures: 0, retryAt: 0 };
  }
}

export function saveLockTries(tries: { failures: number; retryAt: number }): void {
  write(TRIES, tries.failures === 0 ? null : JSON.stringify(tries));
}

/** Marks (or clears) that the passcode was set aside when the password was used: Settings then asks for a new one. */
export function passcodeSetAside(on: boolean): void {
  setAside.set(on);
}

export function wasPasscodeSetAside(): boolean {
  return setAside.isSet();
}

/** Sign-out: forget the lock's settings and counts on this device. */
export function clearLockMemory(): void {
  write(SETTINGS, null);
  write(TRIES, null);
  setAside.set(false);
}
