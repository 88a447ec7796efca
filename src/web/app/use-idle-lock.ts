import { useEffect, useRef } from 'react';
import { idleCheck, idleLimitMs, type LockSettings } from '../lib/app-lock.js';
import { LOCK_SETTINGS_EVENT, testIdleMs } from '../lib/app-lock-storage.js';

/** What counts as the person being here: any key, tap, pointer movement, scroll or wheel. */
const ACTIVITY = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart', 'scroll', 'input'] as const;

/**
 * Locks after `settings.minutes` without activity, and (if chosen) as soon as the tab is
 * hidden. Only while `active` (signed in, keys in memory, a passcode set). A timer in a hidden
 * tab may fire late, so the check runs again when the tab shows: the rule (idleCheck) decides.
 */
export function useIdleLock(active: boolean, settings: LockSettings, lock: () => void): void {
  // The latest callback, without restarting the clock each time the caller re-renders.
  const lockRef = useRef(lock);
  lockRef.current = lock;
  useEffect(() => {
    if (!active) return;
    let last = Date.now();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const limit = () => idleLimitMs(settings, testIdleMs());
    const check = () => {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      const { lock: due, wakeInMs } = idleCheck(last, Date.now(), limit());
      if (due) lockRef.current();
      else timer = setTimeout(check, wakeInMs);
    };
    const onActivity = () => {
      last = Date.now();
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden' && settings.onHide) lockRef.current();
      else check();
    };
    for (const type of ACTIVITY) window.addEventListener(type, onActivity, { capture: true, passive: true });
    document.addEventListener('visibilitychange', onVisibility);
    // A changed idle time (or the test-only one) takes effect at once, not after the old timer.
    window.addEventListener(LOCK_SETTINGS_EVENT, check);
    check();
    return () => {
      if (timer !== undefined) clearTimeout(timer);
      for (const type of ACTIVITY) window.removeEventListener(type, onActivity, { capture: true });
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener(LOCK_SETTINGS_EVENT, check);
    };
  }, [active, settings]);
}
