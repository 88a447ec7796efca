import { useEffect, useRef } from 'react';
import { useClient } from '../app/client.js';
import { useSession } from '../app/session.js';
import { useUpdateOffer } from '../app/updates.js';
import { useOffline } from '../lib/connection.js';
import { Button } from './Button.js';

/** How often, while offline, the page asks quietly whether Mend answers again. */
const PROBE_MS = 15_000;

/**
 * Says calmly that the page shows what this device kept, while Mend can't be reached; checks
 * now and then whether it answers again (and at once when the browser says it is back online).
 */
export function OfflineBanner() {
  const offline = useOffline();
  const client = useClient();
  const { refresh } = useSession();
  const wasOffline = useRef(false);

  useEffect(() => {
    if (!offline) {
      // Back: take the fresh copy of who I am and of the couple.
      if (wasOffline.current) void refresh();
      wasOffline.current = false;
      return;
    }
    wasOffline.current = true;
    // Any answer from the server tells the transport it is reachable again.
    const probe = () => void client.callNoContent('GET', '/api/me').catch(() => undefined);
    const timer = setInterval(probe, PROBE_MS);
    window.addEventListener('online', probe);
    return () => {
      clearInterval(timer);
      window.removeEventListener('online', probe);
    };
  }, [offline, client, refresh]);

  return (
    <div role="status" className="offline-banner">
      {offline ? (
        <p className="notice" data-testid="offline-banner">
          <strong>Offline — showing what’s on this device.</strong> What you write is kept here and sent when Mend can be reached again.
        </p>
      ) : null}
    </div>
  );
}

/** "A new version of Mend is ready": shown when a new version waits; Reload switches to it. */
export function UpdatePrompt() {
  const reload = useUpdateOffer();
  return (
    <div role="status" className="update-prompt">
      {reload ? (
        <p className="notice update-prompt-card" data-testid="update-prompt">
          <span>A new version of Mend is ready.</span>
          <Button variant="secondary" small onClick={reload}>
            Reload
          </Button>
        </p>
      ) : null}
    </div>
  );
}
