import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Logo } from './Logo.js';
import { QUICK_EXIT_NOTE_ID, QuickExit } from './QuickExit.js';

/** The header on every page: home, any signed-in actions (the notification bell), and the quick exit. */
export function TopBar({ homeHref, actions }: { homeHref: string; actions?: ReactNode }) {
  return (
    <header className="topbar">
      <div className="topbar-inner">
        <Link to={homeHref} className="brand">
          <Logo />
          <span>Mend</span>
        </Link>
        <div className="topbar-end">
          {actions}
          <div className="exit-wrap">
            <QuickExit />
          </div>
        </div>
      </div>
      <p className="exit-note" id={QUICK_EXIT_NOTE_ID}>
        Leaves at once (or press Esc 3 times). It doesn't erase your browser history.{' '}
        <Link to="/safety#quick-exit">More</Link>
      </p>
    </header>
  );
}
