import { useEffect, useId, useRef, useState } from 'react';
import { NavLink, useLocation } from 'react-router';
import { useSession } from '../app/session.js';
import { PRACTICES } from '../features/practices/practices.js';
import { MenuIcon, PairIcon, SunIcon } from './Icons.js';

/** The links; the phone sheet leaves out Today and Your couple, which the bottom bar already has. */
function NavLinks({ onNavigate, inSheet }: { onNavigate?: () => void; inSheet?: boolean }) {
  const { signOut } = useSession();
  const [leaving, setLeaving] = useState(false);
  return (
    <>
      <ul className="nav-list" hidden={inSheet}>
        <li>
          <NavLink to="/today" className="nav-link" onClick={onNavigate}>
            Today
          </NavLink>
        </li>
        <li>
          <NavLink to="/couple" className="nav-link" onClick={onNavigate}>
            Your couple
          </NavLink>
        </li>
      </ul>
      <p className="nav-heading">Practices</p>
      <ul className="nav-list">
        {PRACTICES.map((p) => (
          <li key={p.slug}>
            <NavLink to={`/practices/${p.slug}`} className="nav-link" onClick={onNavigate}>
              <span className="nav-num" aria-hidden="true">
                {p.number}
              </span>
              <span>{p.name}</span>
              {p.ready ? null : <span className="nav-soon">coming soon</span>}
            </NavLink>
          </li>
        ))}
      </ul>
      <p className="nav-heading">You</p>
      <ul className="nav-list">
        <li>
          <NavLink to="/settings" className="nav-link" onClick={onNavigate}>
            Settings
          </NavLink>
        </li>
        <li>
          <NavLink to="/safety" className="nav-link" onClick={onNavigate}>
            Safety and support
          </NavLink>
        </li>
        <li>
          <button
            type="button"
            className="nav-link nav-signout"
            disabled={leaving}
            onClick={() => {
              setLeaving(true);
              void signOut();
            }}
          >
            {leaving ? 'Signing out…' : 'Sign out'}
          </button>
        </li>
      </ul>
    </>
  );
}

/** Desktop: a sidebar. */
export function SideNav() {
  return (
    <nav className="side-nav" aria-label="Main">
      <NavLinks />
    </nav>
  );
}

const TYPING = 'input:not([type="checkbox"]):not([type="radio"]):not([type="button"]):not([type="submit"]), textarea, select, [contenteditable="true"]';

/**
 * Keeps the field being typed in above the bottom bar and the on-screen keyboard: the browser
 * scrolls a focused field just into view, which can leave it under the fixed bar (or, while the
 * keyboard opens, under the keyboard). Runs on focus and whenever the visible area changes.
 */
function useKeepFieldClearOfBar() {
  useEffect(() => {
    const keepClear = () => {
      const el = document.activeElement;
      const bar = document.querySelector<HTMLElement>('.bottom-nav');
      if (!(el instanceof HTMLElement) || !el.matches(TYPING) || !bar || bar.getClientRects().length === 0) return;
      const vv = window.visualViewport;
      const visibleBottom = vv ? vv.offsetTop + vv.height : window.innerHeight;
      const limit = Math.min(bar.getBoundingClientRect().top, visibleBottom) - 8;
      const r = el.getBoundingClientRect();
      // A tall text area only needs its top lines (where the caret usually is) in view.
      const bottom = Math.min(r.bottom, r.top + 120);
      if (bottom > limit) window.scrollBy({ top: bottom - limit });
    };
    const onFocus = () => requestAnimationFrame(keepClear);
    document.addEventListener('focusin', onFocus);
    window.visualViewport?.addEventListener('resize', onFocus);
    window.addEventListener('resize', onFocus);
    return () => {
      document.removeEventListener('focusin', onFocus);
      window.visualViewport?.removeEventListener('resize', onFocus);
      window.removeEventListener('resize', onFocus);
    };
  }, []);
}

/** Mobile: a bottom bar within thumb reach, with a sheet for everything else. */
export function BottomNav() {
  const [open, setOpen] = useState(false);
  const sheetId = useId();
  const location = useLocation();
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => setOpen(false), [location.pathname]);
  useKeepFieldClearOfBar();

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        setOpen(false);
        buttonRef.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open]);

  return (
    <>
      <nav className="bottom-nav" aria-label="Quick links">
        <ul className="bottom-nav-list">
          <li>
            <NavLink to="/today">
              <SunIcon />
              Today
            </NavLink>
          </li>
          <li>
            <NavLink to="/couple">
              <PairIcon />
              Your couple
            </NavLink>
          </li>
          <li>
            <button ref={buttonRef} type="button" aria-expanded={open} aria-controls={sheetId} onClick={() => setOpen((o) => !o)}>
              <MenuIcon />
              Menu
            </button>
          </li>
        </ul>
      </nav>
      {/* After the bar in reading order, so Tab goes from "Menu" straight into it. */}
      <nav className="menu-sheet" id={sheetId} hidden={!open} aria-label="Menu">
        <NavLinks inSheet onNavigate={() => setOpen(false)} />
      </nav>
    </>
  );
}
