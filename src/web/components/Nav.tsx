import { useEffect, useId, useRef, useState } from 'react';
import { NavLink, useLocation } from 'react-router';
import { useSession } from '../app/session.js';
import { PRACTICES } from '../features/practices/practices.js';
import { MenuIcon, PairIcon, SunIcon } from './Icons.js';

function NavLinks({ onNavigate }: { onNavigate?: () => void }) {
  const { signOut } = useSession();
  const [leaving, setLeaving] = useState(false);
  return (
    <>
      <ul className="nav-list">
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

/** Mobile: a bottom bar within thumb reach, with a sheet for everything else. */
export function BottomNav() {
  const [open, setOpen] = useState(false);
  const sheetId = useId();
  const location = useLocation();
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => setOpen(false), [location.pathname]);

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
        <NavLinks onNavigate={() => setOpen(false)} />
      </nav>
    </>
  );
}
