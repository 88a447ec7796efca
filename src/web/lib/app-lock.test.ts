import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LOCK_SETTINGS,
  idleCheck,
  idleLimitMs,
  initialLockState,
  lockReducer,
  MAX_PASSCODE_TRIES,
  parseLockSettings,
  passcodeProblem,
  wrongPasscodeDelayMs,
  type LockState,
} from './app-lock.js';

describe('lock settings', () => {
  it('default to five minutes, not locking on hide', () => {
    expect(parseLockSettings(null)).toEqual({ minutes: 5, onHide: false });
    expect(DEFAULT_LOCK_SETTINGS.minutes).toBe(5);
  });

  it('keep only the offered idle times; anything damaged falls back', () => {
    expect(parseLockSettings('{"minutes":15,"onHide":true}')).toEqual({ minutes: 15, onHide: true });
    expect(parseLockSettings('{"minutes":7,"onHide":"yes"}')).toEqual({ minutes: 5, onHide: false });
    expect(parseLockSettings('not json')).toEqual({ minutes: 5, onHide: false });
  });

  it('a test-only idle time can shorten the wait but never lengthen it', () => {
    expect(idleLimitMs({ minutes: 1, onHide: false })).toBe(60_000);
    expect(idleLimitMs({ minutes: 1, onHide: false }, 500)).toBe(500);
    expect(idleLimitMs({ minutes: 1, onHide: false }, 10 * 60_000)).toBe(60_000);
    expect(idleLimitMs({ minutes: 5, onHide: false }, -1)).toBe(300_000);
    expect(idleLimitMs({ minutes: 5, onHide: false }, Number.NaN)).toBe(300_000);
  });
});

describe('idle check (injected clock)', () => {
  const minute = 60_000;
  it('waits out the rest of the idle time, then locks', () => {
    const start = 1_000_000;
    expect(idleCheck(start, start, 5 * minute)).toEqual({ lock: false, wakeInMs: 5 * minute });
    expect(idleCheck(start, start + 4 * minute, 5 * minute)).toEqual({ lock: false, wakeInMs: minute });
    expect(idleCheck(start, start + 5 * minute - 1, 5 * minute)).toEqual({ lock: false, wakeInMs: 1 });
    expect(idleCheck(start, start + 5 * minute, 5 * minute).lock).toBe(true);
  });

  it('locks at once when a hidden tab’s timer wakes long after the limit', () => {
    expect(idleCheck(0, 3 * 60 * minute, 5 * minute)).toEqual({ lock: true, wakeInMs: 0 });
  });

  it('activity moves the deadline: a later last-activity time is not due', () => {
    const now = 10 * minute;
    expect(idleCheck(4 * minute, now, 5 * minute).lock).toBe(true);
    expect(idleCheck(6 * minute, now, 5 * minute).lock).toBe(false);
  });
});

describe('passcode rules', () => {
  it('takes 6 or more digits, or a phrase of 8 or more characters', () => {
    expect(passcodeProblem('482913')).toBeNull();
    expect(passcodeProblem('48291')).toMatch(/6 digits/);
    expect(passcodeProblem('')).toMatch(/choose/);
    expect(passcodeProblem('      ')).toMatch(/choose/);
    expect(passcodeProblem('quiet')).toMatch(/phrase/);
    expect(passcodeProblem('tea at 5')).toBeNull();
  });

  it('wrong passcodes cost a growing wait, capped at a minute', () => {
    expect([0, 1, 2].map(wrongPasscodeDelayMs)).toEqual([0, 0, 0]);
    expect([3, 4, 5, 6].map(wrongPasscodeDelayMs)).toEqual([1000, 2000, 4000, 8000]);
    expect(wrongPasscodeDelayMs(9)).toBe(60_000);
    expect(wrongPasscodeDelayMs(50)).toBe(60_000);
  });
});

describe('lock reducer', () => {
  const open = initialLockState(false);

  it('locks only from open, and only after the drafts are written', () => {
    const locking = lockReducer(open, { type: 'lock' });
    expect(locking.phase).toBe('locking');
    // A second request while drafts are being written changes nothing.
    expect(lockReducer(locking, { type: 'lock' })).toBe(locking);
    expect(lockReducer(locking, { type: 'drafts-written' }).phase).toBe('locked');
    // "drafts written" means nothing when not locking.
    expect(lockReducer(open, { type: 'drafts-written' })).toBe(open);
  });

  it('a wrong passcode counts, waits, and after ten only the password is offered', () => {
    let s: LockState = initialLockState(true);
    let now = 0;
    for (let i = 1; i <= MAX_PASSCODE_TRIES; i++) {
      now = Math.max(now, s.retryAt);
      s = lockReducer(s, { type: 'try', now });
      expect(s.phase).toBe('checking');
      s = lockReducer(s, { type: 'wrong', now });
      expect(s.failures).toBe(i);
      expect(s.retryAt).toBe(now + wrongPasscodeDelayMs(i));
    }
    expect(s.phase).toBe('password');
    // No more passcode tries, however long one waits.
    expect(lockReducer(s, { type: 'try', now: now + 10 * 60_000 })).toBe(s);
  });

  it('refuses a try before the wait is over', () => {
    const s: LockState = { phase: 'locked', failures: 4, retryAt: 5000 };
    expect(lockReducer(s, { type: 'try', now: 4999 })).toBe(s);
    expect(lockReducer(s, { type: 'try', now: 5000 }).phase).toBe('checking');
  });

  it('unlocking opens and forgets the wrong tries', () => {
    const s: LockState = { phase: 'checking', failures: 6, retryAt: 9000 };
    expect(lockReducer(s, { type: 'unlocked' })).toEqual({ phase: 'open', failures: 0, retryAt: 0 });
  });

  it('restores its place after a reload: ten wrong tries stay at the password', () => {
    expect(initialLockState(true, 3, 42).phase).toBe('locked');
    expect(initialLockState(true, MAX_PASSCODE_TRIES).phase).toBe('password');
    expect(initialLockState(false, MAX_PASSCODE_TRIES).phase).toBe('open');
  });

  it('choosing the password is possible from the lock screen, not while open', () => {
    expect(lockReducer(initialLockState(true), { type: 'use-password' }).phase).toBe('password');
    expect(lockReducer(open, { type: 'use-password' })).toBe(open);
  });
});
