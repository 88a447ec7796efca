import { useEffect, useRef, useState } from 'react';
import { NavLink } from 'react-router';
import { badgeText, bellLabel } from './phrasing.js';
import { useUnreadCount } from './useNotifications.js';
import './notifications.css';

function BellIcon() {
  return (
    <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={1.8} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      <path d="M6 16V11a6 6 0 1 1 12 0v5l1.5 2h-15L6 16Z" />
      <path d="M10 20.5a2.2 2.2 0 0 0 4 0" />
    </svg>
  );
}

/** The header's link to the notification centre, with the unread count (it updates live). */
export function NotificationBell() {
  const known = useUnreadCount();
  const unread = known ?? 0;
  // Said once when the count rises while the page is open (not on load): a link's name
  // changing is not announced by itself.
  const [said, setSaid] = useState('');
  const last = useRef<number | null>(null);
  useEffect(() => {
    if (known === null) return;
    const rose = last.current !== null && known > last.current;
    last.current = known;
    if (!rose) {
      setSaid('');
      return;
    }
    setSaid(known === 1 ? '1 unread notification' : `${known} unread notifications`);
    // Emptied again, so the same words are spoken next time too.
    const t = setTimeout(() => setSaid(''), 5000);
    return () => clearTimeout(t);
  }, [known]);
  return (
    <>
      <NavLink to="/notifications" className="bell" aria-label={bellLabel(unread)} data-testid="notification-bell">
        <BellIcon />
        {unread > 0 ? (
          <span className="bell-count" aria-hidden="true">
            {badgeText(unread)}
          </span>
        ) : null}
      </NavLink>
      <span className="visually-hidden" role="status" aria-live="polite">
        {said}
      </span>
    </>
  );
}
