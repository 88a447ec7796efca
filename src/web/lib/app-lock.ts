/**
 * The pure parts of the app lock (SESS-09, SAFE-07): its settings, when idleness locks,
 * how long a wrong passcode makes the person wait, and the lock's phases. Time always comes
 * in as an argument, so every rule is tested with a made-up clock.
 */

/** The idle times a person can choose, in minutes. */
export const LOCK_MINUTES = [1, 5, 15, 60] as const;
export type LockMinutes = (typeof LOCK_MINUTES)[number];
/** Five minutes unless the person chooses otherwise. */
export const DEFAULT_LOCK_MINUTES: LockMinutes = 5;
/** After this many wrong passcodes in a row the passcode is set aside; the password opens Mend. */
export const MAX_PASSCODE_TRIES = 10;

/** What the person chose for this device (kept in localStorage: it holds no secret). */
export interface LockSettings {
  minutes: LockMinutes;
  /** Also lock as soon as the tab is hidden (another tab, another app, the screen off). */
  onHide: boolean;
}

export const DEFAULT_LOCK_SETTINGS: LockSettings = Object.freeze({ minutes: DEFAULT_LOCK_MINUTES, onHide: false });

/** Settings from their stored form; anything damaged or unknown falls back to the defaults. */
export function parseLockSettings(raw: string | null): LockSettings {
  if (!raw) return { ...DEFAULT_LOCK_SETTINGS };
  try {
    const v = JSON.parse(raw) as { minutes?: unknown; onHide?: unknown };
    const minutes = LOCK_MINUTES.find((m) => m === v.minutes) ?? DEFAULT_LOCK_MINUTES;
    return { minutes, onHide: v.onHide === true };
  } catch {
    return { ...DEFAULT_LOCK_SETTINGS };
  }
}

/**
 * How long without a keystroke, tap or scroll before Mend locks. `shorterForTests` (a
 * test-only setting) can only make the wait shorter, never longer, so it can't weaken a lock.
 */
export function idleLimitMs(settings: LockSettings, shorterForTests?: number | null): number {
  const chosen = settings.minutes * 60_000;
  if (shorterForTests && Number.isFinite(shorterForTests) && shorterForTests > 0) return Math.min(chosen, shorterForTests);
  return chosen;
}

/**
 * Whether idleness locks now, and if not, how long until it might: the caller sleeps that long
 * and asks again (a timer in a hidden tab may fire late; asking again when it shows is enough).
 */
export function idleCheck(lastActivityAt: number, now: number, limitMs: number): { lock: boolean; wakeInMs: number } {
  const left = lastActivityAt + limitMs - now;
  return left <= 0 ? { lock: true, wakeInMs: 0 } : { lock: false, wakeInMs: left };
}

/** What a new passcode must be: at least 6 digits, or a phrase of at least 8 characters. Null when it will do. */
export function passcodeProblem(passcode: string): string | null {
  const p = passcode.normalize('NFC');
  if (p.trim().length === 0) return 'Please choose a passcode.';
  if (/^\d+$/.test(p)) return p.length >= 6 ? null : 'Please use at least 6 digits.';
  return [...p].length >= 8 ? null : 'Please use at least 6 digits, or a phrase of at least 8 characters.';
}

/**
 * How long to wait before the next try after `failures` wrong passcodes in a row: the first two
 * cost nothing (a slip of the finger), then 1 s, 2 s, 4 s … up to a minute.
 */
export function wrongPasscodeDelayMs(failures: number): number {
  if (failures < 3) return 0;
  return Math.min(1000 * 2 ** (failures - 3), 60_000);
}

// ── The lock's phases ──────────────────────────────────────────────────────

/**
 * `open`: keys in memory. `locking`: drafts are being written, keys still in memory (a second
 * request to lock is ignored). `locked`: keys gone; the lock screen shows. `checking`: a
 * passcode is being tried. `password`: too many wrong passcodes, only the password opens Mend.
 */
export type LockPhase = 'open' | 'locking' | 'locked' | 'checking' | 'password';

export interface LockState {
  phase: LockPhase;
  /** Wrong passcodes in a row (kept across reloads by the caller). */
  failures: number;
  /** No passcode is tried before this time. */
  retryAt: number;
}

export type LockEvent =
  | { type: 'lock' }
  | { type: 'drafts-written' }
  | { type: 'try'; now: number }
  | { type: 'wrong'; now: number }
  | { type: 'unlocked' }
  /** The passcode is set aside (the person chose the password) or turned off. */
  | { type: 'use-password' };

/** The state Mend starts in: open with keys, or locked (a passcode is set and nothing in memory). */
export function initialLockState(locked: boolean, failures = 0, retryAt = 0): LockState {
  const phase: LockPhase = !locked ? 'open' : failures >= MAX_PASSCODE_TRIES ? 'password' : 'locked';
  return { phase, failures, retryAt };
}

/** The one place the lock's phases change; an event that doesn't fit the phase changes nothing. */
export function lockReducer(state: LockState, event: LockEvent): LockState {
  switch (event.type) {
    case 'lock':
      return state.phase === 'open' ? { ...state, phase: 'locking' } : state;
    case 'drafts-written':
      return state.phase === 'locking' ? { ...state, phase: state.failures >= MAX_PASSCODE_TRIES ? 'password' : 'locked' } : state;
    case 'try':
      return state.phase === 'locked' && event.now >= state.retryAt ? { ...state, phase: 'checking' } : state;
    case 'wrong': {
      if (state.phase !== 'checking') return state;
      const failures = state.failures + 1;
      return {
        phase: failures >= MAX_PASSCODE_TRIES ? 'password' : 'locked',
        failures,
        retryAt: event.now + wrongPasscodeDelayMs(failures),
      };
    }
    case 'unlocked':
      return { phase: 'open', failures: 0, retryAt: 0 };
    case 'use-password':
      return state.phase === 'open' || state.phase === 'locking' ? state : { ...state, phase: 'password' };
  }
}
