import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';
import { clearRolledBack, useRolledBack } from '../lib/seen-versions.js';

/**
 * The one place the app says that something was sent older than this device saw (issue 14,
 * item 4): every page's items report through ItemsClient, so no practice has to. Calm, and
 * plain about what it means and what to do.
 */
export function RollbackNotice() {
  const rolled = useRolledBack();
  const { pathname } = useLocation();
  const first = useRef(true);
  // A new page opens its own items, which report again; what the last page found is not this one's.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    clearRolledBack();
  }, [pathname]);
  return (
    <div role="status" aria-live="polite">
      {rolled.length > 0 ? (
        <section className="warning stack rollback-notice" aria-labelledby="rollback-title" data-rolled-back={rolled.map((r) => r.id).join(' ')}>
          <p id="rollback-title">
            <strong>{rolled.length === 1 ? 'Something here is an older version' : `${rolled.length} things here are older versions`}</strong>
          </p>
          <p>
            This is older than the version you saw on this device. The words are still as they were written then, but a
            later change is missing: Mend's server sent an earlier copy.
          </p>
          <p className="small">
            Nothing is lost on your side. It may be a brief glitch; if it stays, tell whoever runs your Mend server, and
            check with each other in person before relying on it.
          </p>
        </section>
      ) : null}
    </div>
  );
}
