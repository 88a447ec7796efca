import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import type { MeResponse } from '../../shared/api/index.js';
import { clearKeys, loadMasterKey, saveMasterKey } from '../lib/keystore.js';
import { wipeLocalData } from '../lib/local-data.js';
import { asApiError } from '../lib/errors.js';
import { clearPendingInvite } from '../lib/pending-invite.js';
import { useClient } from './client.js';
import { useLiveEvents } from './live-events.js';

export type SessionStatus = 'loading' | 'signedOut' | 'locked' | 'ready' | 'offline';

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
}

/** Shown on the sign-in page when this device's session ended elsewhere. */
const SIGNED_OUT_HERE = 'You were signed out on this device.';

const SessionContext = createContext<SessionValue | null>(null);

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
    clearPendingInvite();
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
      if (client.unlocked) {
        setStatus('ready');
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
      try {
        const masterKey = client.exportMasterKey();
        await saveMasterKey(masterKey, next.user.id);
        masterKey.fill(0);
      } catch {
        /* the device can't keep keys; the person unlocks with the password after a reload */
      }
      deletedRef.current = false;
      setDeleted(false);
      setMe(next);
      setStatus('ready');
    },
    [client, setMe],
  );

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
    }),
    [status, me, refresh, adopt, setMe, signOut, ended, accountDeleted, deleted],
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
