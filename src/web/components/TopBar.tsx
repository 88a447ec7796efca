import { Link } from 'react-router';
import { Logo } from './Logo.js';
import { QUICK_EXIT_NOTE_ID, QuickExit } from './QuickExit.js';

export function TopBar({ homeHref }: { homeHref: string }) {
  return (
    <header className="topbar">
      <div className="topbar-inner">
        <Link to={homeHref} className="brand">
          <Logo />
          <span>Mend</span>
        </Link>
        <div className="exit-wrap">
          <QuickExit />
        </div>
      </div>
      <p className="exit-note" id={QUICK_EXIT_NOTE_ID}>
        Leaves at once (or press Esc 3 times). It doesn't erase your browser history.{' '}
        <Link to="/safety#quick-exit">More</Link>
      </p>
    </header>
  );
}
