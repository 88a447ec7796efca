import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import type { MeResponse } from '../../shared/api/index.js';
import { CryptoError } from '../../shared/crypto/index.js';
import { clearKeys, hasPasscodeLock, loadMasterKey, openPasscodeLock, removePasscodeLock, saveMasterKey, savePasscodeLock } from '../lib/keystore.js';
import { initialLockState, lockReducer, type LockEvent, type LockSettings, type LockState } from '../lib/app-lock.js';
import { clearLockMemory, lockSettings, lockTries, passcodeSetAside, saveLockSettings, saveLockTries } from '../lib/app-lock-storage.js';
import { flushEveryDraft } from '../lib/use-drafts.js';
import { wipeLocalData } from '../lib/local-data.js';
import { asApiError } from '../lib/errors.js';
import { clearPendingInvite } from '../lib/pending-invite.js';
import { useClient } from './client.js';
import { useLiveEvents } from './live-events.js';
import { useIdleLock } from './use-idle-lock.js';

export type SessionStatus = 'loading' | 'signedOut' | 'locked' | 'ready' | 'offline';

/** How a passcode try ended: opened, wrong, too soon after the last wrong one, or passcodes are set aside. */
export type PasscodeResult = 'ok' | 'wrong' | 'wait' | 'password';

/** The app lock (SESS-09): a passcode on this device that the master key is kept behind. */
export interface AppLock {
  /** True when a passcode is set for this person on this device. */
  on: boolean;
  state: LockState;
  settings: LockSettings;
  /** Writes waiting drafts, then drops the keys: the lock screen shows. Does nothing without a passcode. */
  lockNow(): Promise<void>;
  unlock(passcode: string): Promise<PasscodeResult>;
  /** Turns the lock on (re-wraps the stored key under the passcode). */
  turnOn(passcode: string, settings: LockSettings): Promise<void>;
  /** Turns it off: false when the passcode isn't the one. */
  turnOff(passcode: string): Promise<boolean>;
  saveSettings(settings: LockSettings): void;
}

export interface SessionValue {
  status: SessionStatus;
  me: MeResponse | null;
  /** Fetches `me` again (after a change, or on a live event). */
  refresh(): Promise<MeResponse | null>;
  /** After sign-in, sign-up, unlock or recovery: remember the keys on this device and go on. */
  adopt(me: MeResponse): Promise<void>;
  /** Replace `me` with a fresher copy the caller already has. */
  setMe(me: MeResponse): void;
  signOut(): Promise<void>;
  /** Forget everything locally (the server already ended the session). */
  ended(): Promise<void>;
  /** The account was deleted: forget everything on this device; the shell then says goodbye. */
  accountDeleted(): Promise<void>;
  /** Before asking the server to delete the account (true), or after it refused (false). */
  deleting(on: boolean): void;
  /** True once this tab deleted the account (signed-in pages then lead to the goodbye page). */
  deleted: boolean;
  retry(): void;
  lock: AppLock;
}

/** Shown on the sign-in page when this device's session ended elsewhere. */
const SIGNED_OUT_HERE = 'You were signed out on this device.';

const SessionContext = createContext<SessionValue | null>(null);

/** Tabs of this browser tell each other to lock. */
const LOCK_CHANNEL = 'mend-lock';

function announceLock(): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(LOCK_CHANNEL);
  channel.postMessage('lock');
  channel.close();
}

/** Where the person is now (path, query and anchor): signing in or unlocking again brings them back here. */
function here(): string {
  return `${window.location.pathname}${window.location.search}${window.location.hash}`;
}

/** What the welcome page says after signing out, so the person knows it worked. */
export const SIGNED_OUT_NOTICE = 'You’re signed out on this device. Sign in again whenever you’re ready.';

export function SessionProvider({ children }: { children: ReactNode }) {
  const client = useClient();
  const navigate = useNavigate();
  const [status, setStatus] = useState<SessionStatus>('loading');
  const [me, setMeState] = useState<MeResponse | null>(null);
  const [attempt, setAttempt] = useState(0);
  const meRef = useRef<MeResponse | null>(null);
  const deletedRef = useRef(false);
  const [deleted, setDeleted] = useState(false);
  const [lockOn, setLockOn] = useState(false);
  const [settings, setSettings] = useState<LockSettings>(lockSettings);
  const [lockState, setLockState] = useState<LockState>(() => initialLockState(false));
  const lockRef = useRef(lockState);
  const statusRef = useRef(status);
  statusRef.current = status;
  const lockOnRef = useRef(lockOn);
  lockOnRef.current = lockOn;

  /** Moves the lock through its phases (lockReducer); returns the new state at once. */
  const applyLock = useCallback((event: LockEvent): LockState => {
    const next = lockReducer(lockRef.current, event);
    lockRef.current = next;
    setLockState(next);
    return next;
  }, []);

  const setMe = useCallback((next: MeResponse | null) => {
    meRef.current = next;
    setMeState(next);
  }, []);

  const forgetLocally = useCallback(async () => {
    try {
      client.lock();
    } catch {
      /* already locked */
    }
    setMe(null);
    setStatus('signedOut');
    setLockOn(false);
    clearPendingInvite();
    clearLockMemory();
    setSettings(lockSettings());
    await wipeLocalData();
  }, [client, setMe]);

  // On load: who is signed in, and can the keys be restored on this device?
  useEffect(() => {
    let cancelled = false;
    void (async () => {
      let current: MeResponse;
      try {
        current = await client.me();
      } catch (e) {
        if (cancelled) return;
        const api = asApiError(e);
        if (api && api.status === 401) {
          setMe(null);
          setStatus('signedOut');
          await wipeLocalData();
        } else {
          setStatus('offline');
        }
        return;
      }
      if (cancelled) return;
      setMe(current);
      const passcode = await hasPasscodeLock(current.user.id);
      if (cancelled) return;
      setLockOn(passcode);
      if (client.unlocked) {
        setStatus('ready');
        return;
      }
      if (passcode) {
        // Nothing on this device opens without the passcode: ask for it.
        const tries = lockTries();
        const start = initialLockState(true, tries.failures, tries.retryAt);
        lockRef.current = start;
        setLockState(start);
        setStatus('locked');
        return;
      }
      const masterKey = await loadMasterKey(current.user.id).catch(() => null);
      if (cancelled) return;
      if (masterKey) {
        try {
          await client.unlockWithMasterKey(masterKey, current);
          masterKey.fill(0);
          if (!cancelled) setStatus('ready');
          return;
        } catch {
          await clearKeys().catch(() => undefined);
        }
      }
      if (!cancelled) setStatus('locked');
    })();
    return () => {
      cancelled = true;
    };
  }, [client, attempt, setMe]);

  const ended = useCallback(async () => {
    // While this tab deletes the account, its stream ends first: accountDeleted says goodbye.
    if (deletedRef.current) return;
    const from = here();
    await forgetLocally();
    void navigate('/signin', { replace: true, state: { notice: SIGNED_OUT_HERE, from } });
  }, [forgetLocally, navigate]);

  const refresh = useCallback(async (): Promise<MeResponse | null> => {
    try {
      const next = await client.me();
      setMe(next);
      return next;
    } catch (e) {
      const api = asApiError(e);
      // The session ended elsewhere (another device, a password change, time): the stream may
      // close before its "session ended" event arrives, so this is the same ending.
      if (api && api.status === 401) await ended();
      return null;
    }
  }, [client, setMe, ended]);

  const adopt = useCallback(
    async (next: MeResponse) => {
      // Every way in through here used the password (or recovery key): a passcode this device
      // had is set aside (saveMasterKey deletes it), and a new one is needed to lock again.
      if (lockOnRef.current) passcodeSetAside(true);
      saveLockTries({ failures: 0, retryAt: 0 });
      applyLock({ type: 'unlocked' });
      try {
        const masterKey = client.exportMasterKey();
        await saveMasterKey(masterKey, next.user.id);
        masterKey.fill(0);
      } catch {
        /* the device can't keep keys; the person unlocks with the password after a reload */
        await removePasscodeLock().catch(() => undefined);
      }
      deletedRef.current = false;
      setDeleted(false);
      setMe(next);
      // The lock goes off together with 'ready': set while still 'locked', the shell would
      // send the person to /unlock and lose the page they unlocked on.
      setLockOn(false);
      setStatus('ready');
    },
    [client, setMe, applyLock],
  );

  const lockNow = useCallback(async () => {
    if (statusRef.current !== 'ready' || !lockOnRef.current) return;
    if (lockRef.current.phase !== 'open') return;
    applyLock({ type: 'lock' });
    // Drafts first: flushing seals every waiting change at once, while the keys are here, then
    // writes it to this device and the server. Wait for that (briefly: the sealed copy is already
    // kept here synchronously), seal anything typed meanwhile, and only then drop the keys.
    await Promise.race([flushEveryDraft().catch(() => undefined), new Promise<void>((r) => setTimeout(r, 3000))]);
    void flushEveryDraft().catch(() => undefined);
    if (statusRef.current !== 'ready') return;
    client.lock();
    statusRef.current = 'locked';
    setStatus('locked');
    applyLock({ type: 'drafts-written' });
    announceLock();
  }, [client, applyLock]);

  const unlockWithPasscode = useCallback(
    async (passcode: string): Promise<PasscodeResult> => {
      const current = meRef.current;
      if (!current) return 'password';
      const before = lockRef.current;
      if (before.phase === 'password') return 'password';
      const trying = applyLock({ type: 'try', now: Date.now() });
      if (trying.phase !== 'checking') return trying.phase === 'password' ? 'password' : 'wait';
      let master: Uint8Array | null = null;
      try {
        master = await openPasscodeLock(current.user.id, passcode);
        if (!master) {
          // The lock is gone from this device (another tab turned it off): the password opens Mend.
          setLockOn(false);
          applyLock({ type: 'unlocked' });
          setStatus('locked');
          return 'password';
        }
        await client.unlockWithMasterKey(master, current);
      } catch (e) {
        if (!(e instanceof CryptoError) || e.code !== 'wrong_password') {
          // Not a wrong passcode (a damaged record): back to locked, without counting a try.
          lockRef.current = { ...before, phase: 'locked' };
          setLockState(lockRef.current);
          throw e;
        }
        const next = applyLock({ type: 'wrong', now: Date.now() });
        saveLockTries({ failures: next.failures, retryAt: next.retryAt });
        if (next.phase !== 'password') return 'wrong';
        // Too many: the passcode-wrapped key is deleted, so no more passcodes can be tried
        // against it; only the account password opens Mend now.
        passcodeSetAside(true);
        await removePasscodeLock().catch(() => undefined);
        return 'password';
      } finally {
        master?.fill(0);
      }
      saveLockTries({ failures: 0, retryAt: 0 });
      applyLock({ type: 'unlocked' });
      setStatus('ready');
      return 'ok';
    },
    [client, applyLock],
  );

  const turnOn = useCallback(
    async (passcode: string, next: LockSettings) => {
      const current = meRef.current;
      if (!current) throw new Error('Not signed in');
      const master = client.exportMasterKey();
      try {
        await savePasscodeLock(master, current.user.id, passcode);
      } finally {
        master.fill(0);
      }
      saveLockSettings(next);
      setSettings(next);
      passcodeSetAside(false);
      saveLockTries({ failures: 0, retryAt: 0 });
      setLockOn(true);
    },
    [client],
  );

  const turnOff = useCallback(
    async (passcode: string): Promise<boolean> => {
      const current = meRef.current;
      if (!current) return false;
      let master: Uint8Array | null = null;
      try {
        master = await openPasscodeLock(current.user.id, passcode);
      } catch (e) {
        if (e instanceof CryptoError && e.code === 'wrong_password') return false;
        throw e;
      }
      try {
        // Back to a key kept on this device without a passcode (saveMasterKey deletes the lock).
        const key = master ?? client.exportMasterKey();
        await saveMasterKey(key, current.user.id);
        key.fill(0);
      } finally {
        master?.fill(0);
      }
      setLockOn(false);
      return true;
    },
    [client],
  );

  const saveSettings = useCallback((next: LockSettings) => {
    saveLockSettings(next);
    setSettings(next);
  }, []);

  useIdleLock(status === 'ready' && lockOn, settings, () => void lockNow());

  // Locking in one tab locks the others (they hold the keys in their own memory).
  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const channel = new BroadcastChannel(LOCK_CHANNEL);
    channel.onmessage = () => {
      const current = meRef.current;
      if (!current) return;
      // This tab may not know yet that another one turned the lock on.
      void hasPasscodeLock(current.user.id).then((on) => {
        if (!on) return;
        lockOnRef.current = true;
        setLockOn(true);
        void lockNow();
      });
    };
    return () => channel.close();
  }, [lockNow]);

  const signOut = useCallback(async () => {
    try {
      await client.signout();
    } catch {
      /* even if the server can't be reached, forget everything here */
    }
    await forgetLocally();
    void navigate('/', { replace: true, state: { notice: SIGNED_OUT_NOTICE } });
  }, [client, forgetLocally, navigate]);

  const accountDeleted = useCallback(async () => {
    // The live stream's "session ended" that follows must not send the person to sign in.
    deletedRef.current = true;
    setDeleted(true);
    await forgetLocally();
  }, [forgetLocally]);

  useLiveEvents(status === 'ready' || status === 'locked', {
    onCoupleChanged: () => void refresh(),
    onSessionEnded: () => void ended(),
    onStreamClosed: () => void refresh(),
  });

  const value = useMemo<SessionValue>(
    () => ({
      status,
      me,
      refresh,
      adopt,
      setMe: (m: MeResponse) => setMe(m),
      signOut,
      ended,
      accountDeleted,
      deleted,
      deleting: (on: boolean) => {
        deletedRef.current = on;
      },
      retry: () => {
        setStatus('loading');
        setAttempt((a) => a + 1);
      },
      lock: {
        on: lockOn,
        state: lockState,
        settings,
        lockNow,
        unlock: unlockWithPasscode,
        turnOn,
        turnOff,
        saveSettings,
      },
    }),
    [status, me, refresh, adopt, setMe, signOut, ended, accountDeleted, deleted, lockOn, lockState, settings, lockNow, unlockWithPasscode, turnOn, turnOff, saveSettings],
  );

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionValue {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside SessionProvider');
  return s;
}

/** For pages inside the signed-in shell, where `me` is always present. */
export function useMe(): MeResponse {
  const { me } = useSession();
  if (!me) throw new Error('useMe without a session');
  return me;
}
