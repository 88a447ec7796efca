import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Logo } from './Logo.js';
import { QUICK_EXIT_NOTE_ID, QuickExit } from './QuickExit.js';

/**
 * The header on every page: home, any signed-in actions (the notification bell), and the quick
 * exit. The quick exit comes first in the document, so it is the first Tab from the top of every
 * page (then the skip link); CSS still shows it at the end of the bar.
 */
export function TopBar({ homeHref, actions }: { homeHref: string; actions?: ReactNode }) {
  return (
    <header className="topbar">
      <div className="topbar-inner">
        <div className="exit-wrap topbar-exit">
          <QuickExit />
        </div>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <Link to={homeHref} className="brand">
          <Logo />
          <span>Mend</span>
        </Link>
        <div className="topbar-end">{actions}</div>
      </div>
      <p className="exit-note" id={QUICK_EXIT_NOTE_ID}>
        Leaves at once (or press Esc 3 times). It doesn't erase your browser history.{' '}
        <Link to="/safety#quick-exit">More</Link>
      </p>
    </header>
  );
}
