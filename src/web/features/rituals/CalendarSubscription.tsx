import { useEffect, useMemo, useState } from 'react';
import { CalendarClient } from '../../../shared/client/index.js';
import type { CalendarFeedResponse } from '../../../shared/api/calendar.js';
import { useClient } from '../../app/client.js';
import { Button } from '../../components/Button.js';
import { CopyButton } from '../../components/CopyButton.js';
import { TextField } from '../../components/Field.js';
import { ErrorAlert, LiveStatus } from '../../components/Status.js';
import { errorMessage } from '../../lib/errors.js';
import { NEUTRAL_TITLE } from '../../../core/calendar/index.js';

/**
 * A calendar link to subscribe to, so rituals stay up to date in one's calendar app. The
 * server makes it from the times it already keeps for reminders, with every entry titled
 * "Mend"; the link is shown once, and a new one (or "Stop the link") ends the old.
 */
export function CalendarSubscription() {
  const client = useClient();
  const calendar = useMemo(() => new CalendarClient(client), [client]);
  const [feed, setFeed] = useState<CalendarFeedResponse | null>(null);
  const [url, setUrl] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');

  useEffect(() => {
    calendar.feed().then(setFeed, (e: unknown) => setError(errorMessage(e)));
  }, [calendar]);

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const create = () =>
    run(async () => {
      const made = await calendar.createFeed();
      setUrl(made.url);
      setFeed({ active: true, createdAt: made.createdAt });
      setStatus('A new calendar link is ready. Any earlier link has stopped working.');
    });
  const stop = () =>
    run(async () => {
      await calendar.revokeFeed();
      setUrl(null);
      setFeed({ active: false, createdAt: null });
      setStatus('The calendar link has stopped working.');
    });

  return (
    <div className="card stack" data-testid="calendar-subscription">
      <h3>Keep your calendar up to date</h3>
      <p>
        Subscribe to a private link in your calendar app, and your rituals stay there as they change. Every entry says only “{NEUTRAL_TITLE}”: the
        link carries times, never your words. Planned activities stay in the download above.
      </p>
      <p className="muted small">Treat the link like a key: anyone who has it sees when your rituals happen. You can stop it at any time.</p>
      {url ? (
        <div className="stack">
          <TextField label="Your calendar link (shown once)" readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
          <div className="actions">
            <CopyButton text={url} label="Copy link" small />
          </div>
        </div>
      ) : null}
      <div className="actions">
        <Button variant="secondary" disabled={busy || feed === null} onClick={() => void create()}>
          {feed?.active ? 'Make a new link' : 'Make a calendar link'}
        </Button>
        {feed?.active ? (
          <Button variant="secondary" disabled={busy} onClick={() => void stop()}>
            Stop the link
          </Button>
        ) : null}
      </div>
      {feed?.active && !url ? <p className="muted small">A link is in use. To see it again, make a new one — the old one then stops.</p> : null}
      <ErrorAlert message={error} />
      <LiveStatus>{status}</LiveStatus>
    </div>
  );
}
