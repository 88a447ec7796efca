import { createContext, useContext, useEffect, useRef, type ReactNode } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { Footer } from '../components/Footer.js';
import { BottomNav, SideNav } from '../components/Nav.js';
import { RollbackNotice } from '../components/RollbackNotice.js';
import { Loading } from '../components/Status.js';
import { TopBar } from '../components/TopBar.js';
import { Button } from '../components/Button.js';
import { OfflineBanner, UpdatePrompt } from '../components/ConnectionNotices.js';
import { NotificationBell } from '../features/notifications/NotificationBell.js';
import { LockScreen } from '../features/accounts/LockScreen.js';
import { PracticeProvider } from '../lib/practice-context.js';
import { SessionProvider, useSession } from './session.js';

/** Whether the person has pressed a key or pointed at anything since the page loaded. */
let interacted = false;
if (typeof window !== 'undefined') {
  const mark = () => {
    interacted = true;
  };
  window.addEventListener('keydown', mark, { capture: true, once: true });
  window.addEventListener('pointerdown', mark, { capture: true, once: true });
}

/**
 * Moves focus to the main region when the person moves to another page, so screen readers start
 * at the top. A redirect while the page loads leaves focus alone: the first Tab then still
 * reaches the quick exit.
 */
function useFocusMainOnNavigate() {
  const location = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (!interacted) return;
    if (location.hash) {
      const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
      if (target) {
        target.scrollIntoView();
        return;
      }
    }
    window.scrollTo(0, 0);
    document.getElementById('main')?.focus({ preventScroll: true });
  }, [location.pathname, location.hash]);
}

function Frame() {
  const { status } = useSession();
  useFocusMainOnNavigate();
  return (
    <>
      <TopBar homeHref={status === 'ready' ? '/today' : '/'} actions={status === 'ready' ? <NotificationBell /> : null} />
      <UpdatePrompt />
      <Outlet />
      <Footer />
    </>
  );
}

/** Every page: the session, top bar with quick exit, and the footer with the safety link. */
export function RootLayout() {
  return (
    <SessionProvider>
      <Frame />
    </SessionProvider>
  );
}

/** Pages anyone can see. */
export function PublicLayout() {
  return (
    <main id="main" className="main" tabIndex={-1}>
      <Outlet />
    </main>
  );
}

function OfflineNotice() {
  const { retry } = useSession();
  return (
    <div className="center-block">
      <div className="stack" role="alert">
        <h1>Couldn't reach Mend</h1>
        <p>Check your connection. Nothing you wrote is lost.</p>
        <Button onClick={retry}>Try again</Button>
      </div>
    </div>
  );
}

/** The signed-in shell: navigation, and a guard that sends people to sign in or unlock. */
export function AppLayout() {
  const { status, deleted, lock } = useSession();
  const location = useLocation();
  // Unlocked: the page comes back where it was; focus starts at its top, not lost on the body.
  const wasLocked = useRef(false);
  useEffect(() => {
    if (status === 'locked') wasLocked.current = true;
    else if (status === 'ready' && wasLocked.current) {
      wasLocked.current = false;
      document.getElementById('main')?.focus({ preventScroll: true });
    }
  }, [status]);
  // The whole place, anchor included, so that signing in or unlocking returns exactly there.
  const from = `${location.pathname}${location.search}${location.hash}`;
  if (status === 'signedOut') return deleted ? <Navigate to="/goodbye" replace /> : <Navigate to="/signin" replace state={{ from }} />;
  if (status === 'locked' && lock.on) {
    // The app lock: the page is gone (no content, no navigation) and the lock screen takes its
    // place at the same address, so unlocking carries on exactly here.
    return (
      <main id="main" className="main" tabIndex={-1}>
        <LockScreen />
      </main>
    );
  }
  if (status === 'locked') return <Navigate to="/unlock" replace state={{ from }} />;
  if (status !== 'ready') {
    return (
      <main id="main" className="main" tabIndex={-1}>
        {status === 'offline' ? <OfflineNotice /> : <Loading label="Opening Mend…" />}
      </main>
    );
  }
  return (
    <PracticeProvider>
      <div className="shell">
        <SideNav />
        <main id="main" className="main" tabIndex={-1}>
          <OfflineBanner />
          <RollbackNotice />
          <Outlet />
        </main>
      </div>
      <BottomNav />
    </PracticeProvider>
  );
}

/** For pages meant for signed-out people: signed-in people go to Today. */
const SignedOutHold = createContext<{ current: boolean }>({ current: false });

/**
 * A form inside SignedOutOnly that signs someone in calls `hold()` first: it then navigates
 * where it means to (back to where the person came from, with its notice) instead of the
 * wrapper's default redirect to Today winning the race.
 */
export function useHoldSignedOutRedirect(): () => void {
  const ref = useContext(SignedOutHold);
  return () => {
    ref.current = true;
  };
}

export function SignedOutOnly({ children, allowLocked }: { children: ReactNode; allowLocked?: boolean }) {
  const { status } = useSession();
  const hold = useRef({ current: false }).current;
  if (status === 'loading') return <Loading />;
  if (!hold.current && (status === 'ready' || (status === 'locked' && !allowLocked))) return <Navigate to="/today" replace />;
  return <SignedOutHold.Provider value={hold}>{children}</SignedOutHold.Provider>;
}
